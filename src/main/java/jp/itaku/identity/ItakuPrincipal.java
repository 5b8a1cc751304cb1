package jp.itaku.identity;

import java.util.Locale;
import java.util.UUID;

/**
 * Implemented by the principals Itaku creates for its accounts, local or single sign-on.
 * Carries the user's display preferences so that screens need no database read.
 */
public interface ItakuPrincipal {

	UUID userId();

	UUID contractorId();

	/** The name shown in the navigation bar. */
	default String displayName() {
		return null;
	}

	/** The language the user chose, or {@code null} to follow the browser. */
	default Locale preferredLocale() {
		return null;
	}

	default DateStyle dateStyle() {
		return DateStyle.ISO;
	}

}
