package jp.itaku.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jp.itaku.shared.JapaneseDates;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds every {@link LocalDate} of a form: reads what people type ({@code 2024-04-01},
 * {@code 2024/4/1}, {@code R6.4.1}, {@code 令和6年4月1日}) and shows a date back in the user's
 * chosen style. A date that does not exist is a binding error ({@code typeMismatch}).
 */
@Configuration(proxyBeanMethods = false)
class DateFormatting implements WebMvcConfigurer {

	private final Dates dates;

	DateFormatting(Dates dates) {
		this.dates = dates;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new LenientDateFormatter(this.dates));
	}

	record LenientDateFormatter(Dates dates) implements Formatter<LocalDate> {

		@Override
		public LocalDate parse(String text, Locale locale) throws ParseException {
			try {
				return JapaneseDates.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw new ParseException(text, 0);
			}
		}

		@Override
		public String print(LocalDate date, Locale locale) {
			return this.dates.format(date);
		}

	}

}
