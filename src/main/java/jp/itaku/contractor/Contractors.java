package jp.itaku.contractor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.itaku.identity.CurrentUser;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's facade: every read is limited to what the caller may see (a contractor
 * representative sees only their own company, 規程 8), every change is checked against the
 * register's rules and publishes an event the audit trail records.
 */
@Service
@Transactional
public class Contractors {

	private final ContractorRepository repository;

	private final ApplicationEventPublisher events;

	private final CurrentUsers users;

	private final Clock clock;

	private final List<ContractorStatusGuard> guards;

	Contractors(ContractorRepository repository, ApplicationEventPublisher events, CurrentUsers users, Clock clock,
			List<ContractorStatusGuard> guards) {
		this.repository = repository;
		this.events = events;
		this.users = users;
		this.clock = clock;
		this.guards = List.copyOf(guards);
	}

	@Transactional(readOnly = true)
	public Page<Contractor> search(ContractorQuery query, Pageable pageable) {
		return this.repository.findAll(ContractorSpecifications.matching(query, this.users.current()), pageable);
	}

	@Transactional(readOnly = true)
	public Optional<Contractor> find(ContractorId id) {
		CurrentUser user = this.users.current();
		return this.repository.findById(id.value()).filter((contractor) -> visibleTo(contractor, user));
	}

	@Transactional(readOnly = true)
	public Contractor get(ContractorId id) {
		return find(id).orElseThrow(() -> new ContractorNotFound(id));
	}

	/**
	 * How many contractors stand at each status of the life cycle, every status present
	 * (zero when none). Only for callers who see the whole register: a contractor account
	 * gets all zeros.
	 */
	@Transactional(readOnly = true)
	public Map<ContractorStatus, Long> countByStatus() {
		Map<ContractorStatus, Long> counts = new EnumMap<>(ContractorStatus.class);
		for (ContractorStatus status : ContractorStatus.values()) {
			counts.put(status, 0L);
		}
		if (this.users.current().isContractorOnly()) {
			return counts;
		}
		for (Object[] row : this.repository.countByStatus()) {
			counts.put((ContractorStatus) row[0], (Long) row[1]);
		}
		return counts;
	}

	/**
	 * The contractors whose parent company is {@code id}, as far as the caller may see.
	 */
	@Transactional(readOnly = true)
	public List<Contractor> subsidiariesOf(ContractorId id) {
		CurrentUser user = this.users.current();
		return this.repository.findByParentIdOrderByNameKana(id.value())
			.stream()
			.filter((contractor) -> visibleTo(contractor, user))
			.toList();
	}

	/**
	 * Enters a new contractor as 候補.
	 * @throws InvalidInputException when a rule of the register refuses the details
	 */
	public Contractor register(ContractorDetails details) {
		check(details, null);
		String actor = this.users.actorName();
		Contractor contractor = this.repository.save(new Contractor(details, actor, this.clock.instant()));
		this.events.publishEvent(new ContractorRegistered(contractor.contractorId(), contractor.getName(), actor,
				ChangeDescription.of(contractor)));
		return contractor;
	}

	/**
	 * Changes the details; refuses when {@code expectedVersion} is not the stored version
	 * (someone else saved meanwhile) or when a rule of the register refuses the details.
	 */
	public Contractor update(ContractorId id, long expectedVersion, ContractorDetails details) {
		Contractor contractor = current(id, expectedVersion);
		check(details, id);
		String before = ChangeDescription.of(contractor);
		String actor = this.users.actorName();
		contractor.apply(details, actor, this.clock.instant());
		String changes = ChangeDescription.between(before, ChangeDescription.of(contractor));
		flush(contractor, expectedVersion);
		if (!changes.isEmpty()) {
			this.events.publishEvent(new ContractorChanged(id, actor, changes));
		}
		return contractor;
	}

	/**
	 * Moves the contractor along its life cycle (候補 → 選定済 → 契約中 → 停止 → 終了).
	 * @throws IllegalContractorTransition when the life cycle does not allow the move
	 * @throws ContractorStatusRefused when a {@link ContractorStatusGuard} refuses it
	 * (e.g. 選定済 without a passing evaluation, 規程 4.1(1))
	 */
	public Contractor changeStatus(ContractorId id, long expectedVersion, ContractorStatus target, String reason) {
		return move(id, expectedVersion, target, reason, true);
	}

	/**
	 * Records a status the contractor already reached outside the application, when an
	 * existing register is imported: the life cycle still applies, but the guards are not
	 * asked, since e.g. the selection happened before; the compliance table then shows
	 * the selected contractors that lack a passing evaluation (規程 4.1(1) SEL-01).
	 * @throws IllegalContractorTransition when the life cycle does not allow the move
	 */
	public Contractor recordImportedStatus(ContractorId id, long expectedVersion, ContractorStatus target,
			String reason) {
		return move(id, expectedVersion, target, reason, false);
	}

	private Contractor move(ContractorId id, long expectedVersion, ContractorStatus target, String reason,
			boolean guarded) {
		Contractor contractor = current(id, expectedVersion);
		ContractorStatus from = contractor.getStatus();
		if (guarded && from.canMoveTo(target)) {
			for (ContractorStatusGuard guard : this.guards) {
				Optional<String> refusal = guard.refusal(id, from, target);
				if (refusal.isPresent()) {
					throw new ContractorStatusRefused(id, target, refusal.get());
				}
			}
		}
		String actor = this.users.actorName();
		contractor.moveTo(target, actor, this.clock.instant());
		flush(contractor, expectedVersion);
		this.events.publishEvent(new ContractorStatusChanged(id, from, target, actor, reason));
		return contractor;
	}

	@Transactional(readOnly = true)
	public boolean corporateNumberTaken(String corporateNumber, ContractorId except) {
		if (corporateNumber == null || corporateNumber.isBlank()) {
			return false;
		}
		return (except == null) ? this.repository.existsByCorporateNumber(corporateNumber)
				: this.repository.existsByCorporateNumberAndIdNot(corporateNumber, except.value());
	}

	private Contractor current(ContractorId id, long expectedVersion) {
		Contractor contractor = get(id);
		if (contractor.getVersion() != expectedVersion) {
			throw new StaleContractorVersion(id, expectedVersion, contractor.getVersion());
		}
		return contractor;
	}

	private void flush(Contractor contractor, long expectedVersion) {
		try {
			this.repository.saveAndFlush(contractor);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// another transaction saved between our read and our write
			throw new StaleContractorVersion(contractor.contractorId(), expectedVersion, expectedVersion + 1);
		}
	}

	/** The register's rules on details that need the stored data (規程 4.2(1)③). */
	private void check(ContractorDetails details, ContractorId self) {
		List<FieldProblem> problems = new ArrayList<>();
		if (details.corporateNumber() != null) {
			if (!CorporateNumber.isValid(details.corporateNumber())) {
				problems.add(new FieldProblem("corporateNumber", "contractor.validation.corporateNumber"));
			}
			else if (corporateNumberTaken(details.corporateNumber(), self)) {
				problems.add(new FieldProblem("corporateNumber", "contractor.validation.corporateNumberTaken"));
			}
		}
		if (details.riskTierOverride() != null && details.riskTierOverrideReason() == null) {
			problems.add(new FieldProblem("riskTierOverrideReason", "contractor.validation.overrideReason"));
		}
		if (details.parentId() != null) {
			if (!this.repository.existsById(details.parentId())) {
				problems.add(new FieldProblem("parentId", "contractor.validation.parentMissing"));
			}
			else if (self != null && isAncestorOrSelf(self.value(), details.parentId())) {
				problems.add(new FieldProblem("parentId", "contractor.validation.parentCycle"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * Whether {@code candidate} is {@code start} or one of its parents, grandparents...
	 */
	private boolean isAncestorOrSelf(UUID candidate, UUID start) {
		Set<UUID> seen = new HashSet<>();
		UUID current = start;
		while (current != null && seen.add(current)) {
			if (current.equals(candidate)) {
				return true;
			}
			current = this.repository.findById(current).map(Contractor::getParentId).orElse(null);
		}
		return false;
	}

	private static boolean visibleTo(Contractor contractor, CurrentUser user) {
		return user.contractorScope().map((scope) -> scope.equals(contractor.getId())).orElse(!user.isContractorOnly());
	}

}
