package jp.itaku.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.shared.InvalidInputException.FieldProblem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The contractor register as the user administration sees it, through
 * {@link ContractorDirectory}. Identity works without the register: then contractors
 * cannot be looked up, and a contractor id is taken as given.
 */
@Component
class UserContractors {

	private final ObjectProvider<ContractorDirectory> directory;

	UserContractors(ObjectProvider<ContractorDirectory> directory) {
		this.directory = directory;
	}

	boolean available() {
		return this.directory.getIfAvailable() != null;
	}

	String nameOf(UUID contractorId) {
		ContractorDirectory contractors = this.directory.getIfAvailable();
		if (contractorId == null || contractors == null) {
			return null;
		}
		return contractors.nameOf(contractorId).orElse(null);
	}

	List<ContractorDirectory.Entry> search(String text, int limit) {
		ContractorDirectory contractors = this.directory.getIfAvailable();
		return (contractors != null) ? contractors.search(text, limit) : List.of();
	}

	/**
	 * A contractor account must name a contractor the register knows (規程 8: it sees only
	 * its own company); accounts need at least one role.
	 */
	List<FieldProblem> check(Set<Role> roles, UUID contractorId) {
		List<FieldProblem> problems = new ArrayList<>();
		if (roles == null || roles.isEmpty()) {
			problems.add(new FieldProblem("roles", "identity.user.rolesRequired"));
			return problems;
		}
		if (!roles.contains(Role.CONTRACTOR)) {
			return problems;
		}
		if (contractorId == null) {
			problems.add(new FieldProblem("contractorId", "identity.user.contractorRequired"));
		}
		else if (available() && nameOf(contractorId) == null) {
			problems.add(new FieldProblem("contractorId", "identity.user.contractorUnknown"));
		}
		return problems;
	}

}
