package jp.itaku.selection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on evidence documents attached to evaluations.
 *
 * @param maxEvidenceSize the largest document accepted (default 20MB; keep it within
 * {@code spring.servlet.multipart.max-file-size}, which refuses larger uploads first)
 */
@ConfigurationProperties("itaku.selection")
public record EvidenceSettings(@DefaultValue("20MB") DataSize maxEvidenceSize) {

	public EvidenceSettings {
		if (maxEvidenceSize.toBytes() < 1) {
			throw new IllegalArgumentException("the evidence size limit is at least one byte");
		}
	}

}
