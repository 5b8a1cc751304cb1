package jp.itaku.duty;

/**
 * Argument checks for plans that modules hand in: a broken plan is a programming error of
 * the calling module, so it fails fast rather than as a user-facing message.
 */
final class DutyChecks {

	private DutyChecks() {
	}

	static String code(String name, String value, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw new IllegalArgumentException(name + " must have 1 to " + max + " characters: " + value);
		}
		return value.strip();
	}

	static int range(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
		}
		return value;
	}

}
