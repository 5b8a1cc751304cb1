package jp.itaku.archfixtures;

/**
 * Deliberately writes to the console instead of a logger.
 */
public class ConsolePrinter {

	void report(Exception ex) {
		System.out.println("failed: " + ex.getMessage());
		ex.printStackTrace();
	}

}
