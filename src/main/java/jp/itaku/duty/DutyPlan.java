package jp.itaku.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A module's description of one duty series, handed to {@link Duties#schedule(DutyPlan)}
 * as often as it likes (at start-up, on each change): the series is created once and kept
 * up to date by its {@link DutyKey}.
 *
 * @param key what identifies the series
 * @param requirementId the requirement of {@code requirements.tsv} the duty serves, e.g.
 * {@code REV-03}
 * @param owner who must do it
 * @param titleKey the message key of its title, rendered in each viewer's language
 * @param titleArgs the title's arguments (at most 5, each at most 200 characters)
 * @param link the application path of the record it concerns, e.g. {@code /contractors/…}
 * @param recurrence when it falls due, from {@code anchor}
 * @param anchor the date the recurrence counts from (a fixed due date, a first due date,
 * or the deadline a duty comes before)
 * @param graceDays days after the due date before it counts as overdue
 * @param dueSoonDays days before the due date from which it counts as due soon
 * @param contractorId the contractor the duty concerns, or {@code null} when it concerns
 * none (the overdue list filters by it, issue 4; 規程 4.1)
 */
public record DutyPlan(DutyKey key, String requirementId, DutyOwner owner, String titleKey, List<String> titleArgs,
		String link, Recurrence recurrence, LocalDate anchor, int graceDays, int dueSoonDays, UUID contractorId) {

	/** The default 期限間近 window: a month ahead. */
	public static final int DEFAULT_DUE_SOON_DAYS = 30;

	/** A plan that concerns no contractor. */
	public DutyPlan(DutyKey key, String requirementId, DutyOwner owner, String titleKey, List<String> titleArgs,
			String link, Recurrence recurrence, LocalDate anchor, int graceDays, int dueSoonDays) {
		this(key, requirementId, owner, titleKey, titleArgs, link, recurrence, anchor, graceDays, dueSoonDays, null);
	}

	public DutyPlan {
		if (key == null || owner == null || recurrence == null || anchor == null) {
			throw new IllegalArgumentException("a duty plan needs a key, an owner, a recurrence and an anchor");
		}
		requirementId = DutyChecks.code("requirementId", requirementId, 20);
		titleKey = DutyChecks.code("titleKey", titleKey, 150);
		titleArgs = List.copyOf((titleArgs != null) ? titleArgs : List.of());
		if (titleArgs.size() > 5
				|| titleArgs.stream().anyMatch((arg) -> arg.length() > 200 || arg.contains("\u001f"))) {
			throw new IllegalArgumentException("at most 5 title arguments of at most 200 characters");
		}
		link = DutyChecks.code("link", link, 300);
		if (!link.startsWith("/") || link.startsWith("//")) {
			throw new IllegalArgumentException("link must be an application path: " + link);
		}
		DutyChecks.range("graceDays", graceDays, 0, 366);
		DutyChecks.range("dueSoonDays", dueSoonDays, 0, 366);
	}

	/** A plan without grace period and with the default due-soon window. */
	public static DutyPlan of(DutyKey key, String requirementId, DutyOwner owner, String titleKey,
			List<String> titleArgs, String link, Recurrence recurrence, LocalDate anchor) {
		return new DutyPlan(key, requirementId, owner, titleKey, titleArgs, link, recurrence, anchor, 0,
				DEFAULT_DUE_SOON_DAYS);
	}

	/** The same plan with another grace period. */
	public DutyPlan withGraceDays(int days) {
		return new DutyPlan(this.key, this.requirementId, this.owner, this.titleKey, this.titleArgs, this.link,
				this.recurrence, this.anchor, days, this.dueSoonDays, this.contractorId);
	}

	/** The same plan with another due-soon window. */
	public DutyPlan withDueSoonDays(int days) {
		return new DutyPlan(this.key, this.requirementId, this.owner, this.titleKey, this.titleArgs, this.link,
				this.recurrence, this.anchor, this.graceDays, days, this.contractorId);
	}

	/**
	 * The same plan concerning {@code contractorId} ({@code null} for none), so that the
	 * duty shows on the contractor's page and in the list filtered by it.
	 */
	public DutyPlan withContractor(UUID contractorId) {
		return new DutyPlan(this.key, this.requirementId, this.owner, this.titleKey, this.titleArgs, this.link,
				this.recurrence, this.anchor, this.graceDays, this.dueSoonDays, contractorId);
	}

}
