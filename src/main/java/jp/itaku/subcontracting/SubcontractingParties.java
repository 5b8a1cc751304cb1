package jp.itaku.subcontracting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.CurrentUser;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Checks a subcontracting request's input against the stored data and resolves who
 * subcontracts to whom: a contractor account only for its own company, the subcontractor
 * registered in the register and not the contractor itself, the contract one of the
 * contractor's, the period in order.
 */
@Component
class SubcontractingParties {

	private final Contractors contractors;

	private final Contracts contracts;

	private final SubcontractorDirectory directory;

	SubcontractingParties(Contractors contractors, Contracts contracts, SubcontractorDirectory directory) {
		this.contractors = contractors;
		this.contracts = contracts;
		this.directory = directory;
	}

	SubcontractingRequest.Parties resolve(SubcontractingInput input, CurrentUser caller) {
		List<FieldProblem> problems = new ArrayList<>();
		checkTexts(input, problems);
		UUID contractorId = input.contractorId();
		if (caller.isContractorOnly()) {
			UUID own = caller.contractorScope()
				.orElseThrow(() -> new AccessDeniedException("a contractor account without a company"));
			if (contractorId != null && !contractorId.equals(own)) {
				problems.add(new FieldProblem("contractorId", "subcontracting.error.ownCompanyOnly"));
			}
			contractorId = own;
		}
		Optional<Contractor> contractor = (contractorId != null) ? this.contractors.find(new ContractorId(contractorId))
				: Optional.empty();
		if (contractor.isEmpty()) {
			problems.add(new FieldProblem("contractorId", "subcontracting.error.contractorMissing"));
		}
		Optional<SubcontractorDirectory.Entry> subcontractor = subcontractor(input);
		if (subcontractor.isEmpty()) {
			problems.add(new FieldProblem("subcontractorId", "subcontracting.error.subcontractorMissing"));
		}
		else if (subcontractor.get().id().equals(contractorId)) {
			problems.add(new FieldProblem("subcontractorId", "subcontracting.error.self"));
		}
		UUID parent = contractorId;
		Optional<ContractSummary> contract = Optional.ofNullable(input.contractId())
			.flatMap(this.contracts::find)
			.filter((found) -> found.contractorId().equals(parent));
		if (input.contractId() != null && contract.isEmpty()) {
			problems.add(new FieldProblem("contractId", "subcontracting.error.contractMismatch"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new SubcontractingRequest.Parties(contractorId, contractor.get().getName(), subcontractor.get().id(),
				subcontractor.get().name(), contract.map(ContractSummary::id).orElse(null),
				contract.map(ContractSummary::kind).orElse(null));
	}

	/**
	 * A 法人番号 typed in wins over the id, so that a contractor account amending its request
	 * may name another company than the one it first named.
	 */
	private Optional<SubcontractorDirectory.Entry> subcontractor(SubcontractingInput input) {
		String number = input.subcontractorCorporateNumber();
		if (number != null && !number.isBlank()) {
			return this.directory.byCorporateNumber(number);
		}
		return (input.subcontractorId() != null) ? this.directory.byId(input.subcontractorId()) : Optional.empty();
	}

	/** The rules bean validation states on the API, for every caller of the facade. */
	private static void checkTexts(SubcontractingInput input, List<FieldProblem> problems) {
		text("work", input.work(), SubcontractingInput.MAX_TEXT, problems);
		text("information", input.information(), SubcontractingInput.MAX_TEXT, problems);
		text("securityMeasures", input.securityMeasures(), SubcontractingInput.MAX_MEASURES, problems);
		if (input.classification() == null) {
			problems.add(new FieldProblem("classification", "subcontracting.error.classification"));
		}
		if (input.periodFrom() == null || input.periodTo() == null) {
			problems.add(new FieldProblem("periodFrom", "subcontracting.error.periodMissing"));
		}
		else if (input.periodTo().isBefore(input.periodFrom())) {
			problems.add(new FieldProblem("periodTo", "subcontracting.error.period"));
		}
	}

	private static void text(String field, String value, int max, List<FieldProblem> problems) {
		if (value == null || value.isBlank() || value.length() > max) {
			problems.add(new FieldProblem(field, "subcontracting.error.text", new Object[] { max }));
		}
	}

}
