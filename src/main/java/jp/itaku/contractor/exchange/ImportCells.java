package jp.itaku.contractor.exchange;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one data row by column: finds each column's position from the header, trims
 * values, treats blanks as absent, and removes the {@code '} the export put in front of
 * text a spreadsheet would otherwise read as a formula.
 */
final class ImportCells {

	private final Map<ExchangeColumn, Integer> positions;

	private SourceTable.Row row;

	ImportCells(List<String> headers, ExchangeLabels labels) {
		this.positions = new EnumMap<>(ExchangeColumn.class);
		for (int i = 0; i < headers.size(); i++) {
			int position = i;
			labels.column(headers.get(i)).ifPresent((column) -> this.positions.putIfAbsent(column, position));
		}
	}

	boolean has(ExchangeColumn column) {
		return this.positions.containsKey(column);
	}

	ImportCells at(SourceTable.Row row) {
		this.row = row;
		return this;
	}

	int rowNumber() {
		return this.row.number();
	}

	/** The cell's text, or {@code null} when the column is missing or the cell blank. */
	String get(ExchangeColumn column) {
		Integer position = this.positions.get(column);
		if (position == null) {
			return null;
		}
		String value = this.row.cell(position);
		if (value == null) {
			return null;
		}
		if (value.length() > 1 && value.charAt(0) == '\'' && RowSink.looksLikeFormula(value.substring(1))) {
			value = value.substring(1);
		}
		value = value.strip();
		return value.isEmpty() ? null : value;
	}

}
