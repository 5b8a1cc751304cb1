package jp.itaku.clausecheck;

/**
 * A document the check cannot or will not read; the API answers with the status and the
 * localised message, and nothing is kept.
 */
public class DocumentRefused extends RuntimeException {

	private final int status;

	private final String messageKey;

	DocumentRefused(int status, String messageKey) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
	}

	static DocumentRefused tooLarge() {
		return new DocumentRefused(413, "clausecheck.error.tooLarge");
	}

	static DocumentRefused unsupported() {
		return new DocumentRefused(415, "clausecheck.error.unsupportedType");
	}

	public int status() {
		return this.status;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
