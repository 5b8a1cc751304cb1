package jp.itaku.contractor;

/**
 * 法人番号: 13 digits whose first digit is a check digit over the other twelve (国税庁の定める計算方法).
 */
public final class CorporateNumber {

	private CorporateNumber() {
	}

	public static boolean isValid(String number) {
		if (number == null || !number.matches("[0-9]{13}")) {
			return false;
		}
		return number.charAt(0) - '0' == checkDigit(number.substring(1));
	}

	/** The check digit for the twelve base digits. */
	static int checkDigit(String base) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			int digit = base.charAt(i) - '0';
			// weight 1 and 2 alternate, counted from the lowest digit: positions 12, 10,
			// 8, ... weigh 1
			int positionFromRight = 12 - i;
			sum += digit * ((positionFromRight % 2 == 0) ? 2 : 1);
		}
		return 9 - (sum % 9);
	}

}
