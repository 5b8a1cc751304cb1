package jp.itaku.contractreview;

import java.util.List;
import java.util.UUID;

import jp.itaku.contract.ContractEvent;
import jp.itaku.contract.Contracts;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the review duties in step with the contracts (規程 4.3(1) MGT-01): on each contract
 * event (registered, changed, status changed), within the change's transaction so that a
 * contract never stands without its duties, and once at start-up for the contracts
 * already there (after the demo data, {@code @Order(100)}).
 */
@Component
@Order(200)
class ReviewSync implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReviewSync.class);

	private final Contracts contracts;

	private final ReviewStandings standings;

	private final ContractLister lister;

	ReviewSync(Contracts contracts, ReviewStandings standings, ContractLister lister) {
		this.contracts = contracts;
		this.standings = standings;
		this.lister = lister;
	}

	/** A contract was registered, changed or moved along its life cycle. */
	@EventListener
	void contractChanged(ContractEvent event) {
		this.contracts.find(event.contractId()).ifPresent(this.standings::refresh);
	}

	/**
	 * Once a day as well: a contract that renews itself moves to its next term and notice
	 * deadline with the calendar, without an event.
	 */
	@Scheduled(cron = "${itaku.contracts.review-sync-cron:0 45 6 * * *}", zone = "Asia/Tokyo")
	@SchedulerLock(name = "contract-review-sync")
	void daily() {
		run(null);
	}

	@Override
	public void run(ApplicationArguments args) {
		List<UUID> ids = this.lister.allContractIds();
		int failed = 0;
		for (UUID id : ids) {
			try {
				this.contracts.find(id).ifPresent(this.standings::refresh);
			}
			catch (RuntimeException ex) {
				// one contract's trouble must not keep the others unscheduled, nor the
				// application from starting
				failed++;
				log.warn("Could not schedule the reviews of contract {}: {}", id, ex.toString());
			}
		}
		log.info("Contract reviews in step with {} contracts ({} failed)", ids.size() - failed, failed);
	}

}
