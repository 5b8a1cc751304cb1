package jp.itaku.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.identity.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the stored term and notice deadline of automatically renewing contracts (自動更新)
 * forward once a renewed term has started, so that lists, filters and reminders work on
 * the running term; the first renewal makes the contract 更新. The system is the actor the
 * audit trail records. Each contract is renewed in its own transaction, so that one
 * failure does not hold back the others.
 */
@Component
class ContractRenewals {

	private final ContractRepository contracts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ContractRenewals(ContractRepository contracts, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.contracts = contracts;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Renews what is due today; returns how many contracts were renewed. */
	int renewDue() {
		LocalDate today = LocalDate.now(this.clock);
		int renewed = 0;
		for (UUID id : this.contracts.findRenewalsDue(today)) {
			try {
				if (Boolean.TRUE.equals(this.transactions.execute((status) -> renew(id, today)))) {
					renewed++;
				}
			}
			catch (OptimisticLockingFailureException ex) {
				// another node renewed or someone edited it at the same moment: the next
				// run
				// sees the stored term and renews it then if still due
			}
		}
		return renewed;
	}

	private boolean renew(UUID id, LocalDate today) {
		Contract contract = this.contracts.findById(id).orElse(null);
		// another node may have renewed it meanwhile: then there is nothing left to do
		if (contract == null || !contract.renewIfDue(today, CurrentUsers.SYSTEM, this.clock.instant())) {
			return false;
		}
		this.contracts.saveAndFlush(contract);
		contract.takeEvents().forEach(this.events::publishEvent);
		return true;
	}

}
