package jp.itaku.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Lets the user administration find the contractor a {@link Role#CONTRACTOR} account
 * represents, without the identity module depending on the contractor register (which
 * implements this).
 */
public interface ContractorDirectory {

	Optional<String> nameOf(UUID contractorId);

	/** Up to {@code limit} contractors whose name, kana or 法人番号 matches {@code text}. */
	List<Entry> search(String text, int limit);

	/**
	 * A contractor as the user administration lists it.
	 */
	record Entry(UUID id, String name) {
	}

}
