package jp.itaku.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns duties into views: the title rendered in the viewer's language from its message
 * key, and the status on today's date from the injected clock.
 */
@Component
class DutyViews {

	private final MessageSource messages;

	private final Clock clock;

	DutyViews(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	DutySummary summary(Duty duty) {
		return summary(duty, LocaleContextHolder.getLocale());
	}

	DutySummary summary(Duty duty, Locale locale) {
		DutyKey key = duty.getKey();
		return new DutySummary(duty.getId(), duty.getVersion(), key.kind(), key.subjectType(), key.subjectId(),
				duty.getRequirementId(), duty.getOwnerUsername(), duty.isOwnerCommittee(), title(duty, locale),
				duty.getLink(), duty.getDueOn(), duty.getOverdueAfter(), duty.statusOn(today()), duty.getOccurrence(),
				duty.getContractorId());
	}

	DutyView view(Duty duty, boolean canComplete) {
		return new DutyView(summary(duty), duty.getRecurrence(), duty.getAnchorOn(), duty.getGraceDays(),
				duty.getDueSoonDays(), duty.getLastCompletedOn(),
				duty.getHistory()
					.stream()
					.map((r) -> new DutyView.Entry(r.getOccurrence(), r.getAction(), r.getDueOn(), r.getActor(),
							r.getHappenedAt(), r.getNote()))
					.toList(),
				canComplete);
	}

	/**
	 * The title in {@code locale}; an unknown key shows as itself rather than failing the
	 * page.
	 */
	String title(Duty duty, Locale locale) {
		return this.messages.getMessage(duty.getTitleKey(), duty.getTitleArgs().toArray(), duty.getTitleKey(), locale);
	}

}
