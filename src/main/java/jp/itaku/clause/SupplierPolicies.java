package jp.itaku.clause;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * S01 (規程 4.2(1)③: 組織が、自らの情報へのアクセスを許可する供給者の種類の特定及び文書化): the committee documents, per
 * supplier type, the kinds of access it may be granted. Versioned per type; every change
 * publishes {@link SupplierPolicyChanged}.
 */
@Service
public class SupplierPolicies {

	/** The longest description of a supplier type's policy. */
	public static final int MAX_DESCRIPTION = 2000;

	private final SupplierPolicyRepository policies;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SupplierPolicies(SupplierPolicyRepository policies, CurrentUsers currentUsers, ApplicationEventPublisher events,
			Clock clock) {
		this.policies = policies;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/** Every supplier type's policy, documented or not, in the enum's order. */
	@Transactional(readOnly = true)
	public List<SupplierPolicyView> all() {
		return Arrays.stream(SupplierType.values()).map(this::get).toList();
	}

	@Transactional(readOnly = true)
	public SupplierPolicyView get(SupplierType type) {
		return this.policies.findById(type)
			.map(SupplierPolicies::view)
			.orElseGet(() -> new SupplierPolicyView(type, false, Set.of(), null, 0, null, null));
	}

	/**
	 * Documents or changes a supplier type's policy.
	 * @param expectedVersion the version read (0 for a type never documented)
	 * @throws ConflictException if another committee member changed it meanwhile
	 * @throws InvalidInputException if the description is blank or too long
	 */
	@Transactional
	public SupplierPolicyView change(SupplierType type, long expectedVersion, Set<AccessKind> permitted,
			String description) {
		String text = (description == null) ? "" : description.strip();
		if (text.isEmpty() || text.length() > MAX_DESCRIPTION) {
			throw new InvalidInputException(List
				.of(new FieldProblem("description", "clause.policy.description", new Object[] { MAX_DESCRIPTION })));
		}
		SupplierPolicy policy = this.policies.findById(type).orElseGet(() -> new SupplierPolicy(type));
		if (policy.getVersion() != expectedVersion) {
			throw new ConflictException("policy " + type + " changed", "clause.policy.stale");
		}
		Set<AccessKind> access = (permitted == null) ? Set.of()
				: permitted.stream()
					.filter((kind) -> kind != AccessKind.NONE)
					.collect(java.util.stream.Collectors.toSet());
		String actor = this.currentUsers.actorName();
		boolean isNew = policy.getUpdatedAt() == null;
		String changes = policy.change(access, text, actor, this.clock.instant());
		if (changes.isEmpty()) {
			return view(policy);
		}
		SupplierPolicy saved = this.policies.saveAndFlush(policy);
		this.events.publishEvent(new SupplierPolicyChanged(type, isNew ? 0 : saved.getVersion() - 1, changes, actor));
		return view(saved);
	}

	private static SupplierPolicyView view(SupplierPolicy policy) {
		return new SupplierPolicyView(policy.getSupplierType(), !policy.getDescription().isBlank(),
				policy.permittedAccess(), policy.getDescription(), policy.getVersion(), policy.getUpdatedBy(),
				policy.getUpdatedAt());
	}

}
