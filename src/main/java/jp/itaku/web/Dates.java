package jp.itaku.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import jp.itaku.identity.CurrentUsers;
import jp.itaku.identity.DateStyle;
import jp.itaku.shared.JapaneseDates;

import org.springframework.stereotype.Component;

/**
 * Shows dates on screens in the signed-in user's chosen style, ISO ({@code 2024-04-01})
 * or 和暦 ({@code 令和6年4月1日}): {@code ${@dates.format(value)}} for a date,
 * {@code ${@dates.formatDateTime(value)}} for a moment (in Japan time).
 */
@Component("dates")
public class Dates {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final CurrentUsers currentUsers;

	public Dates(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	public String format(TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		return format(toDate(value), this.currentUsers.current().dateStyle());
	}

	public String formatDateTime(TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		LocalDateTime time = (value instanceof Instant instant) ? LocalDateTime.ofInstant(instant, TOKYO)
				: LocalDateTime.from(value);
		return format(time.toLocalDate()) + " " + TIME.format(time);
	}

	/** A date in the given style. */
	public static String format(LocalDate date, DateStyle style) {
		return (style == DateStyle.WAREKI) ? JapaneseDates.formatWareki(date) : JapaneseDates.formatIso(date);
	}

	private static LocalDate toDate(TemporalAccessor value) {
		if (value instanceof Instant instant) {
			return LocalDate.ofInstant(instant, TOKYO);
		}
		return LocalDate.from(value);
	}

}
