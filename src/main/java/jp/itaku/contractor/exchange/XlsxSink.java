package jp.itaku.contractor.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams rows into an xlsx workbook, keeping only a window of rows in memory so that a
 * register of 100,000 contractors exports in bounded memory. Every value is a text cell;
 * text that a spreadsheet would read as a formula is marked quote-prefixed, the format's
 * own "this is text" flag.
 */
final class XlsxSink implements RowSink {

	private static final int WINDOW = 200;

	private int firstSheetRows = -1;

	private final OutputStream out;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private SXSSFSheet sheet;

	private final CellStyle text;

	private final CellStyle quoted;

	private int rows;

	private int columns;

	XlsxSink(OutputStream out, String sheetName, List<Integer> widths) {
		this.out = out;
		this.sheet = this.workbook.createSheet(sheetName);
		for (int i = 0; i < widths.size(); i++) {
			this.sheet.setColumnWidth(i, Math.min(255, widths.get(i)) * 256);
		}
		// the workbook writes inline strings (no shared-strings table growing with the
		// data)
		this.text = this.workbook.createCellStyle();
		this.quoted = this.workbook.createCellStyle();
		this.quoted.setQuotePrefixed(true);
	}

	@Override
	public void header(List<String> cells) {
		CellStyle bold = this.workbook.createCellStyle();
		Font font = this.workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		write(cells, bold);
		this.columns = cells.size();
		this.sheet.createFreezePane(0, 1);
	}

	@Override
	public void row(List<String> cells) {
		write(cells, null);
	}

	private void write(List<String> cells, CellStyle style) {
		SXSSFRow row = this.sheet.createRow(this.rows++);
		for (int i = 0; i < cells.size(); i++) {
			String value = cells.get(i);
			if (value == null || value.isEmpty()) {
				continue;
			}
			Cell cell = row.createCell(i);
			cell.setCellValue(value);
			cell.setCellStyle((style != null) ? style : RowSink.looksLikeFormula(value) ? this.quoted : this.text);
		}
	}

	/** Continues on a new sheet (the first keeps its header, filter and frozen row). */
	void addSheet(String name) {
		filterFirstSheet();
		this.sheet = this.workbook.createSheet(name);
		this.sheet.setColumnWidth(0, 30 * 256);
		this.rows = 0;
	}

	private void filterFirstSheet() {
		if (this.firstSheetRows < 0 && this.columns > 0) {
			this.firstSheetRows = this.rows;
			this.workbook.getSheetAt(0)
				.setAutoFilter(new CellRangeAddress(0, Math.max(0, this.rows - 1), 0, this.columns - 1));
		}
	}

	@Override
	public void finish() throws IOException {
		filterFirstSheet();
		this.workbook.write(this.out);
		this.out.flush();
	}

	@Override
	public void close() throws IOException {
		// close() alone leaves the streaming workbook's temporary sheet files behind
		this.workbook.dispose();
		this.workbook.close();
	}

}
