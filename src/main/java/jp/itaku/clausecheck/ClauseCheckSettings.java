package jp.itaku.clausecheck;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what the clause check reads, so that a hostile or broken file costs bounded
 * memory and time.
 *
 * @param maxBytes the largest file or text accepted (default 20MB; keep
 * {@code spring.servlet.multipart.max-file-size} a little larger, so that a file just
 * past it gets the check's own localised 413 rather than Spring's refusal)
 * @param maxCharacters the most characters taken from a document (default 2,000,000, some
 * 1,600 pages); beyond it the document is refused as too large
 * @param maxPages the most PDF pages read (default 2,000)
 * @param maxUnpackedBytes the most bytes a DOCX may unpack to (default 200MB), against
 * zip bombs
 */
@ConfigurationProperties("itaku.clause-check")
public record ClauseCheckSettings(@DefaultValue("20MB") DataSize maxBytes, @DefaultValue("2000000") int maxCharacters,
		@DefaultValue("2000") int maxPages, @DefaultValue("200MB") DataSize maxUnpackedBytes) {

	public ClauseCheckSettings {
		if (maxBytes.toBytes() < 1 || maxCharacters < 1 || maxPages < 1 || maxUnpackedBytes.toBytes() < 1) {
			throw new IllegalArgumentException("the clause-check limits are positive");
		}
	}

	/** The defaults, for tests and the benchmark. */
	static ClauseCheckSettings defaults() {
		return new ClauseCheckSettings(DataSize.ofMegabytes(20), 2_000_000, 2_000, DataSize.ofMegabytes(200));
	}

}
