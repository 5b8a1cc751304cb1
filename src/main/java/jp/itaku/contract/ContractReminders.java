package jp.itaku.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.notification.Notice;
import jp.itaku.notification.Notifications;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds of a contract's notice deadline (解約予告の最終日) and term end 60, 30 and 7 days ahead
 * (configurable), so that the contract is reviewed and, if need be, cancelled in time (規程
 * 4.3(1), 5.2(1)). The contractor's responsible member and the contract's author are told
 * in the app and, when mail is configured, by e-mail.
 * <p>
 * Each (contract, deadline, kind, threshold) is reminded of exactly once: the threshold
 * is claimed in the sending transaction (table {@code contract_reminder}, insert-or-skip
 * on its primary key), so several nodes or a second run the same day send nothing more. A
 * run that missed a day catches up with one reminder, claiming every threshold already
 * reached; a deadline that moves (an edit, a renewal) is a new deadline.
 */
@Component
class ContractReminders {

	static final String KIND = "contract-reminder";

	private final ContractRepository contracts;

	private final ContractReminderClaims claims;

	private final Contractors contractors;

	private final Notifications notifications;

	private final ContractSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ContractReminders(ContractRepository contracts, ContractReminderClaims claims, Contractors contractors,
			Notifications notifications, ContractSettings settings, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.contracts = contracts;
		this.claims = claims;
		this.contractors = contractors;
		this.notifications = notifications;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** The deadlines a contract is reminded of. */
	enum Deadline {

		/** 解約予告の最終日 */
		NOTICE,
		/** 契約期間の満了日 */
		TERM_END

	}

	/** Sends what is due today; returns how many reminders went out. */
	int remindAll() {
		LocalDate today = LocalDate.now(this.clock);
		int furthest = this.settings.furthestReminder();
		if (furthest < 0) {
			return 0;
		}
		int sent = 0;
		for (UUID id : this.contracts.findDeadlinesBetween(today, today.plusDays(furthest))) {
			Integer count = this.transactions.execute((status) -> remind(id, today));
			sent += (count != null) ? count : 0;
		}
		return sent;
	}

	private int remind(UUID id, LocalDate today) {
		Contract contract = this.contracts.findById(id).orElse(null);
		if (contract == null || !contract.getStatus().active()) {
			return 0;
		}
		ContractSummary summary = contract.summary();
		int sent = 0;
		sent += remind(contract, summary, Deadline.NOTICE, summary.noticeDeadline(), today);
		sent += remind(contract, summary, Deadline.TERM_END, summary.termEndOn(), today);
		return sent;
	}

	private int remind(Contract contract, ContractSummary summary, Deadline kind, LocalDate deadline, LocalDate today) {
		if (deadline == null || deadline.isBefore(today)) {
			return 0;
		}
		long daysLeft = ChronoUnit.DAYS.between(today, deadline);
		boolean claimed = false;
		for (int threshold : this.settings.reminderDays()) {
			if (daysLeft <= threshold) {
				// every threshold reached is claimed, even when a missed day means one
				// reminder covers two of them
				claimed |= this.claims.claim(contract.getId(), deadline, kind.name(), threshold, this.clock.instant());
			}
		}
		if (!claimed) {
			return 0;
		}
		Contractor contractor = this.contractors.find(new ContractorId(summary.contractorId())).orElse(null);
		List<String> args = List.of(summary.title(), (summary.number() != null) ? summary.number() : "-",
				(contractor != null) ? contractor.getName() : "-", deadline.toString(), Long.toString(daysLeft));
		Notice notice = new Notice(KIND, "contract.reminder." + kind + ".subject",
				"contract.reminder." + kind + ".body", args, "/contracts/" + summary.id());
		return (this.notifications.send(notice, recipients(contract, contractor)) > 0) ? 1 : 0;
	}

	private static List<String> recipients(Contract contract, Contractor contractor) {
		Set<String> recipients = new LinkedHashSet<>();
		if (contractor != null && contractor.getResponsibleMember() != null) {
			recipients.add(contractor.getResponsibleMember());
		}
		recipients.add(contract.getCreatedBy());
		return new ArrayList<>(recipients);
	}

}
