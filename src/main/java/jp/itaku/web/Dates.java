package jp.itaku.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

/**
 * Shows dates on screens: {@code ${@dates.format(value)}} for a date,
 * {@code ${@dates.formatDateTime(value)}} for a moment.
 */
@Component("dates")
public class Dates {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	public String format(TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		return DateTimeFormatter.ISO_LOCAL_DATE.format(toDate(value));
	}

	public String formatDateTime(TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		LocalDateTime time = (value instanceof Instant instant) ? LocalDateTime.ofInstant(instant, TOKYO)
				: LocalDateTime.from(value);
		return format(time.toLocalDate()) + " " + DateTimeFormatter.ofPattern("HH:mm").format(time);
	}

	private static LocalDate toDate(TemporalAccessor value) {
		if (value instanceof Instant instant) {
			return LocalDate.ofInstant(instant, TOKYO);
		}
		return LocalDate.from(value);
	}

}
