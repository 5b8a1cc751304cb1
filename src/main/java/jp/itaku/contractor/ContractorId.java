package jp.itaku.contractor;

import java.util.UUID;

/**
 * Identifies a contractor; other modules refer to contractors by this.
 */
public record ContractorId(UUID value) {

	public ContractorId {
		if (value == null) {
			throw new IllegalArgumentException("a contractor id needs a value");
		}
	}

	public static ContractorId of(String text) {
		return new ContractorId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
