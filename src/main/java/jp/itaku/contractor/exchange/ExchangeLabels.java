package jp.itaku.contractor.exchange;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Column headers and value labels of the exchange file in both languages. An import
 * accepts the Japanese label, the English label or the code, so that a file exported in
 * either language reads back.
 */
@Component
class ExchangeLabels {

	static final List<Locale> LANGUAGES = List.of(Locale.JAPANESE, Locale.ENGLISH);

	private final MessageSource messages;

	private final Map<String, ExchangeColumn> columnsByHeader = new HashMap<>();

	ExchangeLabels(MessageSource messages) {
		this.messages = messages;
		for (ExchangeColumn column : ExchangeColumn.values()) {
			this.columnsByHeader.put(key(column.name()), column);
			for (Locale language : LANGUAGES) {
				this.columnsByHeader.put(key(header(column, language)), column);
			}
		}
	}

	String header(ExchangeColumn column, Locale locale) {
		return this.messages.getMessage(column.messageKey(), null, column.name(), locale);
	}

	String label(Enum<?> value, Locale locale) {
		return (value != null) ? this.messages.getMessage(labelKey(value), null, value.name(), locale) : "";
	}

	String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	Optional<ExchangeColumn> column(String header) {
		return Optional.ofNullable(this.columnsByHeader.get(key(header)));
	}

	/** The constant whose code or label (in any language) is {@code text}. */
	<E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
		String wanted = key(text);
		for (E constant : type.getEnumConstants()) {
			if (key(constant.name()).equals(wanted)) {
				return Optional.of(constant);
			}
			for (Locale language : LANGUAGES) {
				if (key(label(constant, language)).equals(wanted)) {
					return Optional.of(constant);
				}
			}
		}
		return Optional.empty();
	}

	private static String labelKey(Enum<?> value) {
		return "exchange." + Character.toLowerCase(value.getDeclaringClass().getSimpleName().charAt(0))
				+ value.getDeclaringClass().getSimpleName().substring(1) + "." + value.name();
	}

	/** Folds width, case and spaces, so that "ＩＴサービス" and "it service" still match. */
	static String key(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\s_\u3000]", "");
	}

}
