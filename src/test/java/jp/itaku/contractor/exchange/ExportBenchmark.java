package jp.itaku.contractor.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Not a test: measures the export writers on 100,000 register rows and prints rows per
 * second and the peak heap, to show that the streaming workbook keeps memory bounded. Run
 * it as described in {@code bench/README.md}.
 */
public final class ExportBenchmark {

	private static final int ROWS = 100_000;

	private ExportBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : ROWS;
		List<Integer> widths = new ArrayList<>(Collections.nCopies(ExchangeColumn.values().length, 20));
		run("xlsx", rows, () -> new XlsxSink(new Discard(), "bench", widths));
		run("csv utf-8", rows, () -> new CsvSink(new Discard(), CsvEncoding.UTF_8));
		run("csv shift_jis", rows, () -> new CsvSink(new Discard(), CsvEncoding.SHIFT_JIS));
	}

	private static void run(String label, int rows, SinkFactory factory) throws IOException {
		System.gc();
		resetPeaks();
		long start = System.nanoTime();
		try (RowSink sink = factory.create()) {
			sink.header(row(-1));
			for (int i = 0; i < rows; i++) {
				sink.row(row(i));
			}
			sink.finish();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("%-14s %,d rows in %.2f s = %,.0f rows/s, peak heap %,d MB (max %,d MB)%n", label, rows,
				seconds, rows / seconds, peakHeap() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}

	/**
	 * A row shaped like the register's: Japanese text of typical lengths in 25 columns.
	 */
	private static List<String> row(int i) {
		List<String> cells = new ArrayList<>();
		for (ExchangeColumn column : ExchangeColumn.values()) {
			cells.add((i < 0) ? column.name() : switch (column) {
				case ID, PARENT_ID -> "3f2b8c1e-0000-4000-8000-" + String.format("%012d", i);
				case VERSION -> "3";
				case NAME -> "株式会社サンプル情報システム" + i;
				case NAME_KANA -> "カブシキガイシャサンプルジョウホウシステム";
				case ADDRESS -> "東京都千代田区丸の内一丁目1番1号 サンプルビル10階";
				case NOTES -> "年次監査済み。再委託先あり（データセンター運用）。";
				default -> "値" + (i % 97);
			});
		}
		return cells;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private interface SinkFactory {

		RowSink create() throws IOException;

	}

	/** Counts nothing, keeps nothing: the benchmark measures the writer, not a disk. */
	private static final class Discard extends OutputStream {

		@Override
		public void write(int b) {
		}

		@Override
		public void write(byte[] b, int off, int len) {
		}

	}

}
