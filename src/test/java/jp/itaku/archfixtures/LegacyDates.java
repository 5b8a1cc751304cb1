package jp.itaku.archfixtures;

import java.util.Calendar;
import java.util.Date;

/**
 * Deliberately uses {@code java.util.Date} and {@code Calendar} instead of
 * {@code java.time} with the injected clock.
 */
public class LegacyDates {

	Date today() {
		return Calendar.getInstance().getTime();
	}

}
