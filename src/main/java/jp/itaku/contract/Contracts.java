package jp.itaku.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract (契約) facade: how screens, the API and other modules record and read
 * contracts (規程 4.2). Every change publishes a {@link ContractEvent}.
 */
@Service
public class Contracts {

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
	 * Records a contract as a draft (起案).
	 * @throws jp.itaku.shared.NotFoundException if the contractor does not exist or is
	 * not visible to the caller
	 */
	@Transactional
	public ContractSummary register(ContractDetails details) {
		this.contractors.get(new ContractorId(details.contractorId()));
		Contract contract = new Contract(details, this.currentUsers.actorName(), this.clock.instant(),
				LocalDate.now(this.clock));
		Contract saved = this.contracts.save(contract);
		publish(contract);
		return saved.summary();
	}

	/** Changes a contract's details. */
	@Transactional
	public ContractSummary update(UUID id, long expectedVersion, ContractDetails details) {
		Contract contract = loadAt(id, expectedVersion);
		contract.update(details, this.currentUsers.actorName(), this.clock.instant(), LocalDate.now(this.clock));
		Contract saved = this.contracts.saveAndFlush(contract);
		publish(contract);
		return saved.summary();
	}

	/** Moves a contract along its life cycle (起案 → 締結済 → 更新 → 終了). */
	@Transactional
	public ContractSummary changeStatus(UUID id, long expectedVersion, ContractStatus target) {
		Contract contract = loadAt(id, expectedVersion);
		contract.moveTo(target, this.currentUsers.actorName(), this.clock.instant());
		Contract saved = this.contracts.saveAndFlush(contract);
		publish(contract);
		return saved.summary();
	}

	/** The contract, if it exists and the caller may see it. */
	@Transactional(readOnly = true)
	public Optional<ContractSummary> find(UUID id) {
		return this.contracts.findById(id).filter((contract) -> visible(contract.summary())).map(Contract::summary);
	}

	/**
	 * The contract.
	 * @throws ContractNotFound if it does not exist or the caller may not see it
	 */
	@Transactional(readOnly = true)
	public ContractSummary get(UUID id) {
		return find(id).orElseThrow(() -> new ContractNotFound(id));
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

	private boolean visible(ContractSummary contract) {
		return this.contractors.find(new ContractorId(contract.contractorId())).isPresent();
	}

	private Contract loadAt(UUID id, long expectedVersion) {
		Contract contract = this.contracts.findById(id)
			.filter((found) -> visible(found.summary()))
			.orElseThrow(() -> new ContractNotFound(id));
		if (contract.getVersion() != expectedVersion) {
			throw new StaleContractVersion(id, expectedVersion, contract.getVersion());
		}
		return contract;
	}

	private void publish(Contract contract) {
		contract.takeEvents().forEach(this.events::publishEvent);
	}

}
