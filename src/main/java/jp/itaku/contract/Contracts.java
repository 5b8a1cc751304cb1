package jp.itaku.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract (契約) facade: how screens, the API and other modules record and read
 * contracts (規程 4.2). Every read is limited to what the caller may see (a contractor
 * account sees only its own company's contracts); every change is checked by
 * {@link ContractRules}, refused when the caller's version is stale, and publishes a
 * {@link ContractEvent} the audit trail records. Nothing is deleted: a contract ends.
 */
@Service
public class Contracts {

	/** The most contracts {@link #ofContractor} lists. */
	public static final int MAX_OF_CONTRACTOR = 100;

	private final ContractRepository contracts;

	private final Contractors contractors;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Contracts(ContractRepository contracts, Contractors contractors, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.contracts = contracts;
		this.contractors = contractors;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a contract, or an amendment (変更契約) when {@code amendsId} is set, as a draft
	 * (起案).
	 * @throws InvalidInputException when a rule refuses the details, or the amended
	 * contract is not one of the same contractor's
	 * @throws jp.itaku.shared.NotFoundException if the contractor does not exist or is
	 * not visible to the caller
	 */
	@Transactional
	public ContractSummary register(ContractDetails details) {
		ContractRules.check(details);
		this.contractors.get(new ContractorId(details.contractorId()));
		checkAmended(details, null);
		Contract contract = new Contract(details, this.currentUsers.actorName(), this.clock.instant(), today());
		Contract saved = this.contracts.save(contract);
		publish(contract);
		return saved.summary();
	}

	/**
	 * Changes a contract's details; the contractor and the amended contract stay as
	 * recorded.
	 * @throws StaleContractVersion when someone saved it since {@code expectedVersion}
	 * @throws InvalidInputException when a rule refuses the details
	 */
	@Transactional
	public ContractSummary update(UUID id, long expectedVersion, ContractDetails details) {
		Contract contract = loadAt(id, expectedVersion);
		ContractDetails kept = new ContractDetails(contract.getContractorId(), details.kind(), details.title(),
				details.number(), details.counterparty(), details.startOn(), details.endOn(), details.autoRenewal(),
				details.renewalMonths(), details.noticeMonths(), details.noticeDays(), contract.getAmendsId());
		ContractRules.check(kept);
		contract.update(kept, this.currentUsers.actorName(), this.clock.instant(), today());
		return save(contract, expectedVersion);
	}

	/**
	 * Moves a contract along its life cycle (起案 → 締結済 → 更新 → 終了).
	 * @throws IllegalContractTransition when the life cycle does not allow the move
	 * @throws StaleContractVersion when someone saved it since {@code expectedVersion}
	 */
	@Transactional
	public ContractSummary changeStatus(UUID id, long expectedVersion, ContractStatus target) {
		Contract contract = loadAt(id, expectedVersion);
		contract.moveTo(target, this.currentUsers.actorName(), this.clock.instant());
		return save(contract, expectedVersion);
	}

	/** The contract, if it exists and the caller may see it. */
	@Transactional(readOnly = true)
	public Optional<ContractSummary> find(UUID id) {
		return this.contracts.findById(id).filter(this::visible).map(Contract::summary);
	}

	/**
	 * The contract.
	 * @throws ContractNotFound if it does not exist or the caller may not see it
	 */
	@Transactional(readOnly = true)
	public ContractSummary get(UUID id) {
		return find(id).orElseThrow(() -> new ContractNotFound(id));
	}

	/** The contracts matching the filters that the caller may see, one page. */
	@Transactional(readOnly = true)
	public Page<ContractSummary> search(ContractQuery query, Pageable pageable) {
		return page(query, pageable).map(Contract::summary);
	}

	/** Like {@link #search} with the contractor's name, terms and coverage of each. */
	@Transactional(readOnly = true)
	public Page<ContractView> list(ContractQuery query, Pageable pageable) {
		Map<UUID, String> names = new HashMap<>();
		LocalDate today = today();
		return page(query, pageable).map((contract) -> contract.view(name(contract.getContractorId(), names), today));
	}

	/**
	 * One contract with everything the contract page shows.
	 * @throws ContractNotFound if it does not exist or the caller may not see it
	 */
	@Transactional(readOnly = true)
	public ContractView view(UUID id) {
		Contract contract = this.contracts.findById(id)
			.filter(this::visible)
			.orElseThrow(() -> new ContractNotFound(id));
		return contract.view(name(contract.getContractorId(), new HashMap<>()), today());
	}

	/**
	 * The contracts and amendments with a contractor that the caller may see, the latest
	 * start first (at most {@value #MAX_OF_CONTRACTOR}), for the contractor's page.
	 */
	@Transactional(readOnly = true)
	public List<ContractView> ofContractor(UUID contractorId) {
		return list(ContractQuery.ofContractor(contractorId),
				PageRequest.of(0, MAX_OF_CONTRACTOR, Sort.by(Sort.Order.desc("startOn"), Sort.Order.asc("id"))))
			.getContent();
	}

	/** The amendments (変更契約) of a contract, oldest first. */
	@Transactional(readOnly = true)
	public List<ContractSummary> amendmentsOf(UUID id) {
		get(id);
		return this.contracts.findByAmendsIdOrderByStartOnAscCreatedAtAsc(id).stream().map(Contract::summary).toList();
	}

	/**
	 * Stores how far the contract's required-clause checklist is covered (規程 4.2), as the
	 * clause module derives it, for the contract list and its "gaps only" filter. Derived
	 * data: it neither changes the contract's version nor publishes an event (the
	 * checklist's own changes are audited by the clause module).
	 * @param contractId the contract
	 * @param applicable how many required items apply to it
	 * @param present how many of those the contract holds
	 * @param unresolved how many are missing, partial or not yet reviewed and not
	 * resolved
	 * @throws ContractNotFound if there is no such contract
	 */
	@Transactional
	public void recordCoverage(UUID contractId, int applicable, int present, int unresolved) {
		if (applicable < 0 || present < 0 || unresolved < 0) {
			throw new IllegalArgumentException("coverage counts must not be negative");
		}
		if (this.contracts.recordCoverage(contractId, applicable, present, unresolved) == 0) {
			throw new ContractNotFound(contractId);
		}
	}

	/** Today in the organisation's time zone, as deadlines are counted. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Page<Contract> page(ContractQuery query, Pageable pageable) {
		var user = this.currentUsers.current();
		UUID scope = null;
		if (user.isContractorOnly()) {
			// a contractor account without a company sees nothing rather than everything
			scope = user.contractorScope().orElse(new UUID(0, 0));
		}
		return this.contracts.findAll(query.toSpecification(today(), scope), pageable);
	}

	private String name(UUID contractorId, Map<UUID, String> names) {
		return names.computeIfAbsent(contractorId,
				(id) -> this.contractors.find(new ContractorId(id)).map(Contractor::getName).orElse(null));
	}

	private void checkAmended(ContractDetails details, UUID self) {
		if (details.amendsId() == null) {
			return;
		}
		boolean sameContractor = this.contracts.findById(details.amendsId())
			.filter(this::visible)
			.filter((amended) -> !amended.getId().equals(self))
			.filter((amended) -> amended.getContractorId().equals(details.contractorId()))
			.isPresent();
		if (!sameContractor) {
			throw new InvalidInputException(List.of(new FieldProblem("amendsId", "contract.validation.amends")));
		}
	}

	private boolean visible(Contract contract) {
		return this.contractors.find(new ContractorId(contract.getContractorId())).isPresent();
	}

	private Contract loadAt(UUID id, long expectedVersion) {
		Contract contract = this.contracts.findById(id)
			.filter(this::visible)
			.orElseThrow(() -> new ContractNotFound(id));
		if (contract.getVersion() != expectedVersion) {
			throw new StaleContractVersion(id, expectedVersion, contract.getVersion());
		}
		return contract;
	}

	private ContractSummary save(Contract contract, long expectedVersion) {
		try {
			Contract saved = this.contracts.saveAndFlush(contract);
			publish(contract);
			return saved.summary();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// another transaction saved between our read and our write
			throw new StaleContractVersion(contract.getId(), expectedVersion, expectedVersion + 1);
		}
	}

	private void publish(Contract contract) {
		contract.takeEvents().forEach(this.events::publishEvent);
	}

}
