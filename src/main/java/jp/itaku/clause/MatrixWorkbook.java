package jp.itaku.clause;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the matrix view as an Excel sheet: one row per contract, its coverage, then one
 * column per required item with the view's symbols (○ △ × − ?).
 */
@Component
class MatrixWorkbook {

	/** The most contracts one export holds. */
	static final int MAX_ROWS = 5000;

	private final MessageSource messages;

	MatrixWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	void write(List<MatrixRow> rows, Map<UUID, String> names, Locale locale, OutputStream out) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("matrix");
			Row header = sheet.createRow(0);
			String[] titles = { text("clause.matrix.contract", locale), text("clause.matrix.contractor", locale),
					text("clause.matrix.kind", locale), text("clause.coverage.applicable", locale),
					text("clause.coverage.present", locale), text("clause.coverage.unreviewed", locale),
					text("clause.coverage.unresolved", locale) };
			for (int i = 0; i < titles.length; i++) {
				header.createCell(i).setCellValue(titles[i]);
			}
			for (int i = 0; i < ClauseItems.CONTRACT_ITEMS.size(); i++) {
				header.createCell(titles.length + i).setCellValue(ClauseItems.CONTRACT_ITEMS.get(i));
			}
			int index = 1;
			for (MatrixRow row : rows) {
				Row line = sheet.createRow(index++);
				line.createCell(0).setCellValue(row.label());
				line.createCell(1).setCellValue(names.getOrDefault(row.contractorId(), ""));
				line.createCell(2).setCellValue(text("clause.kind." + row.kind(), locale));
				line.createCell(3).setCellValue(row.applicable());
				line.createCell(4).setCellValue(row.present());
				line.createCell(5).setCellValue(row.unreviewed());
				line.createCell(6).setCellValue(row.unresolved());
				for (int i = 0; i < row.cells().size(); i++) {
					line.createCell(titles.length + i).setCellValue(row.cells().get(i));
				}
			}
			sheet.createFreezePane(1, 1);
			book.write(out);
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
