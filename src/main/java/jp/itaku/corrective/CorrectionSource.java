package jp.itaku.corrective;

/**
 * Where a corrective action comes from: the module's record and the requirement id it
 * serves, e.g.
 * {@code new CorrectionSource("evaluation", evaluationId.toString(), "SEL-04",
 * "/contractors/{id}/evaluations/{eid}")}.
 *
 * @param sourceType the kind of record that called for the correction (at most 60
 * characters), {@code manual} for one recorded by hand
 * @param sourceId the record's identifier as text (at most 100 characters)
 * @param requirementId the requirement of {@code requirements.tsv} the correction serves,
 * e.g. {@code SEL-04}
 * @param link the application path of the source record, e.g. {@code /contractors/…}
 */
public record CorrectionSource(String sourceType, String sourceId, String requirementId, String link) {

	/** The source type of an action recorded by hand. */
	public static final String MANUAL = "manual";

	public CorrectionSource {
		sourceType = code("sourceType", sourceType, 60);
		sourceId = code("sourceId", sourceId, 100);
		requirementId = code("requirementId", requirementId, 20);
		link = code("link", link, 300);
		if (!link.startsWith("/") || link.startsWith("//")) {
			throw new IllegalArgumentException("link must be an application path: " + link);
		}
	}

	private static String code(String name, String value, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
		}
		return value.strip();
	}

}
