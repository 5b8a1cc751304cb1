package jp.itaku.shared;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows and reads dates the way Japanese offices write them: ISO ({@code 2024-04-01}) or
 * 和暦 ({@code 令和6年4月1日}), and leniently reads what people type ({@code 2024/4/1},
 * {@code R6.4.1}, {@code 令和元年5月1日}, full-width digits). Pure functions, no Spring.
 */
public final class JapaneseDates {

	private static final Pattern GREGORIAN = Pattern
		.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?");

	private static final Pattern ERA_LETTER = Pattern
		.compile("([MTSHR])\\s*(\\d{1,2}|元)\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})", Pattern.CASE_INSENSITIVE);

	private static final Pattern ERA_NAME = Pattern
		.compile("(明治|大正|昭和|平成|令和)\\s*(\\d{1,2}|元)\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?");

	private static final Map<String, JapaneseEra> ERAS = Map.of("M", JapaneseEra.MEIJI, "T", JapaneseEra.TAISHO, "S",
			JapaneseEra.SHOWA, "H", JapaneseEra.HEISEI, "R", JapaneseEra.REIWA, "明治", JapaneseEra.MEIJI, "大正",
			JapaneseEra.TAISHO, "昭和", JapaneseEra.SHOWA, "平成", JapaneseEra.HEISEI, "令和", JapaneseEra.REIWA);

	private JapaneseDates() {
	}

	/** {@code 2024-04-01}. */
	public static String formatIso(LocalDate date) {
		return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
	}

	/**
	 * {@code 令和6年4月1日}; the first year of an era is written 元年 ({@code 令和元年5月1日}). Dates
	 * before the Japanese calendar was adopted (明治6年) are shown in ISO.
	 */
	public static String formatWareki(LocalDate date) {
		JapaneseDate japanese;
		try {
			japanese = JapaneseDate.from(date);
		}
		catch (DateTimeException ex) {
			return formatIso(date);
		}
		int yearOfEra = japanese.get(ChronoField.YEAR_OF_ERA);
		String era = japanese.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN);
		return era + ((yearOfEra == 1) ? "元" : Integer.toString(yearOfEra)) + "年" + date.getMonthValue() + "月"
				+ date.getDayOfMonth() + "日";
	}

	/**
	 * Reads a date typed in any of the accepted forms, refusing dates that do not exist
	 * ({@code 2023/2/29}) or that lie outside the era named ({@code R1.4.30}: 令和 began on
	 * 2019-05-01).
	 * @throws DateTimeParseException when the text is not a date
	 */
	public static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			throw new DateTimeParseException("empty date", String.valueOf(text), 0);
		}
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		try {
			Matcher gregorian = GREGORIAN.matcher(normalized);
			if (gregorian.matches()) {
				return LocalDate.of(Integer.parseInt(gregorian.group(1)), Integer.parseInt(gregorian.group(2)),
						Integer.parseInt(gregorian.group(3)));
			}
			Matcher letter = ERA_LETTER.matcher(normalized);
			if (letter.matches()) {
				return eraDate(letter.group(1).toUpperCase(Locale.ROOT), letter);
			}
			Matcher name = ERA_NAME.matcher(normalized);
			if (name.matches()) {
				return eraDate(name.group(1), name);
			}
		}
		catch (DateTimeException ex) {
			throw new DateTimeParseException("not a date: " + ex.getMessage(), text, 0, ex);
		}
		throw new DateTimeParseException("not a date", text, 0);
	}

	private static LocalDate eraDate(String eraKey, Matcher matcher) {
		JapaneseEra era = ERAS.get(eraKey);
		String year = matcher.group(2);
		int yearOfEra = "元".equals(year) ? 1 : Integer.parseInt(year);
		if (yearOfEra < 1) {
			throw new DateTimeException("year of era must be at least 1");
		}
		// JapaneseDate.of refuses a date outside the era it names (R1.4.30, H31.5.1)
		return LocalDate.from(JapaneseDate.of(era, yearOfEra, Integer.parseInt(matcher.group(3)),
				Integer.parseInt(matcher.group(4))));
	}

}
