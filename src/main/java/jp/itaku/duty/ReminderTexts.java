package jp.itaku.duty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.itaku.notification.Notice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a day's {@link ReminderDigest} as one notice in its reader's language: the
 * subject counts what is overdue and due soon, the body lists each duty with its due
 * date, requirement id and absolute link, by section. A notice holds at most
 * {@value #CHUNKS} body parts of {@value Notice#MAX_ARG} characters; what does not fit is
 * counted and left to the duty list.
 */
@Component
class ReminderTexts {

	static final String KIND = "duty-reminder";

	static final int CHUNKS = 5;

	private final MessageSource messages;

	private final DutyViews views;

	private final String baseUrl;

	ReminderTexts(MessageSource messages, DutyViews views,
			@Value("${itaku.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.views = views;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * The notice of one digest. Arguments: {0} the day, {1} overdue count, {2} due-soon
	 * count, {3} escalated count, {4}–{8} the list, {9} what did not fit.
	 */
	Notice notice(ReminderDigest digest, LocalDate today, int escalateAfterDays, Locale locale) {
		List<Piece> pieces = new ArrayList<>();
		section(pieces, "duty.reminder.section.overdue", digest.overdue(), today, escalateAfterDays, false, locale);
		section(pieces, "duty.reminder.section.dueSoon", digest.dueSoon(), today, escalateAfterDays, false, locale);
		section(pieces, "duty.reminder.section.escalated", digest.escalated(), today, escalateAfterDays, true, locale);
		List<String> args = new ArrayList<>(
				List.of(today.toString(), String.valueOf(digest.overdue().size() + digest.escalated().size()),
						String.valueOf(digest.dueSoon().size()), String.valueOf(digest.escalated().size())));
		List<StringBuilder> chunks = new ArrayList<>();
		chunks.add(new StringBuilder());
		int omitted = 0;
		for (Piece piece : pieces) {
			String text = (piece.text().length() > Notice.MAX_ARG) ? piece.text().substring(0, Notice.MAX_ARG)
					: piece.text();
			StringBuilder last = chunks.get(chunks.size() - 1);
			if (last.length() + text.length() > Notice.MAX_ARG) {
				if (chunks.size() == CHUNKS) {
					// a heading is not a duty; only lines count as left out
					omitted += piece.duty() ? 1 : 0;
					continue;
				}
				last = new StringBuilder();
				chunks.add(last);
			}
			last.append(text);
		}
		chunks.forEach((chunk) -> args.add(chunk.toString()));
		while (args.size() < 9) {
			args.add("");
		}
		args.add((omitted > 0) ? text("duty.reminder.more", locale, omitted, this.baseUrl + "/duties") : "");
		return new Notice(KIND, "duty.reminder.subject", "duty.reminder.body", args, "/duties");
	}

	private void section(List<Piece> pieces, String headingKey, List<Duty> duties, LocalDate today,
			int escalateAfterDays, boolean withOwner, Locale locale) {
		if (duties.isEmpty()) {
			return;
		}
		pieces.add(new Piece(text(headingKey, locale, duties.size(), escalateAfterDays), false));
		for (Duty duty : duties) {
			String link = this.baseUrl + "/duties/" + duty.getId();
			String title = this.views.title(duty, locale);
			if (withOwner) {
				String owner = duty.isOwnerCommittee() ? text("duty.owner.committee", locale) : duty.getOwnerUsername();
				long late = ChronoUnit.DAYS.between(duty.getOverdueAfter(), today);
				pieces.add(new Piece(text("duty.reminder.line.owned", locale, duty.getDueOn().toString(), title,
						duty.getRequirementId(), link, owner, String.valueOf(late)), true));
			}
			else {
				pieces.add(new Piece(text("duty.reminder.line", locale, duty.getDueOn().toString(), title,
						duty.getRequirementId(), link), true));
			}
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	/** A heading or one duty's line of the list. */
	private record Piece(String text, boolean duty) {
	}

}
