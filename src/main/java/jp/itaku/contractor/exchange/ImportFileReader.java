package jp.itaku.contractor.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

/**
 * Turns an uploaded file into text rows. The type is decided by the content (an xlsx is a
 * zip archive), not by the name alone: a file named {@code .xlsx} that is not a zip is
 * refused. Formulas are never evaluated; their last computed value is read.
 */
@Component
class ImportFileReader {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ContractorImportProperties properties;

	ImportFileReader(ContractorImportProperties properties) {
		this.properties = properties;
		// a 20 MB upload must not unzip to gigabytes (zip bomb)
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(properties.maxUnzippedEntrySize());
	}

	SourceTable read(String fileName, byte[] bytes) {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		if (bytes.length == 0) {
			throw new ImportRefused("exchange.import.refused.empty");
		}
		if (isZip(bytes)) {
			return readXlsx(bytes);
		}
		if (name.endsWith(".xlsx")) {
			throw new ImportRefused("exchange.import.refused.notXlsx");
		}
		if (!name.endsWith(".csv") || containsNul(bytes)) {
			throw new ImportRefused("exchange.import.refused.type");
		}
		return readCsv(bytes);
	}

	private SourceTable readCsv(byte[] bytes) {
		List<List<String>> records = CsvReader.parse(CsvReader.decode(bytes), Integer.MAX_VALUE);
		List<SourceTable.Row> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			addIfFilled(rows, new SourceTable.Row(i + 1, records.get(i)));
		}
		return table(records.isEmpty() ? List.of() : records.get(0), rows);
	}

	private SourceTable readXlsx(byte[] bytes) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new ImportRefused("exchange.import.refused.noHeader");
			}
			Sheet sheet = workbook.getSheetAt(0);
			List<String> headers = List.of();
			List<SourceTable.Row> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = cells(row);
				if (row.getRowNum() == sheet.getFirstRowNum()) {
					headers = cells;
				}
				else {
					addIfFilled(rows, new SourceTable.Row(row.getRowNum() + 1, cells));
				}
				if (rows.size() > this.properties.maxRows()) {
					break;
				}
			}
			return table(headers, rows);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportRefused refused) {
				throw refused;
			}
			throw new ImportRefused("exchange.import.refused.unreadable");
		}
	}

	private SourceTable table(List<String> headers, List<SourceTable.Row> rows) {
		if (headers.stream().allMatch(String::isBlank)) {
			throw new ImportRefused("exchange.import.refused.noHeader");
		}
		if (rows.size() > this.properties.maxRows()) {
			throw new ImportRefused("exchange.import.refused.tooManyRows", this.properties.maxRows());
		}
		return new SourceTable(headers, rows);
	}

	private static void addIfFilled(List<SourceTable.Row> rows, SourceTable.Row row) {
		boolean blank = row.cells().stream().allMatch((cell) -> cell == null || cell.isBlank());
		// the export's own trailer line ("# …") is a note, not data
		boolean note = !blank && row.cell(0).startsWith("#");
		if (!blank && !note) {
			rows.add(row);
		}
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
			Cell cell = row.getCell(i);
			cells.add((cell != null) ? text(cell, cell.getCellType()) : "");
		}
		return cells;
	}

	private static String text(Cell cell, CellType type) {
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? DATE_TIME.format(cell.getLocalDateTimeCellValue())
					: java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case FORMULA -> text(cell, cell.getCachedFormulaResultType());
			default -> "";
		};
	}

	private static boolean isZip(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	private static boolean containsNul(byte[] bytes) {
		for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}

}
