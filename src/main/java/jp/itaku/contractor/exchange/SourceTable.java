package jp.itaku.contractor.exchange;

import java.util.List;

/**
 * The raw text of an uploaded file: its header row and its non-blank data rows.
 *
 * @param headers the first row's cells
 * @param rows the data rows, each with its row number as the user's spreadsheet shows it
 */
record SourceTable(List<String> headers, List<Row> rows) {

	record Row(int number, List<String> cells) {

		String cell(int index) {
			return (index >= 0 && index < this.cells.size()) ? this.cells.get(index) : "";
		}

	}

}
