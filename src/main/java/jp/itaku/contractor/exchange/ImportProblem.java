package jp.itaku.contractor.exchange;

import java.util.List;

/**
 * Why one row of an import cannot be written.
 *
 * @param row the row number as the user's spreadsheet shows it (the header is row 1)
 * @param column the column at fault, or {@code null} for the row as a whole
 * @param messageKey the message bundle key of the reason
 * @param arguments the reason's arguments
 */
record ImportProblem(int row, ExchangeColumn column, String messageKey, List<String> arguments) {

	ImportProblem {
		arguments = (arguments != null) ? List.copyOf(arguments) : List.of();
	}

}
