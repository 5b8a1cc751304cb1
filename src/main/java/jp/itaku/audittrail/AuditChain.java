package jp.itaku.audittrail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hashing rule of the chain. An entry's hash is SHA-256 over a canonical
 * serialisation of its content followed by its predecessor's hash; every field is written
 * with its length, so that no two different entries serialise alike (moving text from one
 * field to the next changes the hash).
 */
final class AuditChain {

	/** What the first entry chains from. */
	static final String GENESIS = "0".repeat(64);

	// names the serialisation, so that a future change of the rule can be told apart
	private static final String FORMAT = "itaku-audit-v1";

	private AuditChain() {
	}

	static String hash(long id, Instant occurredAt, String actor, String recordType, String recordId, String action,
			String changes, String previousHash) {
		StringBuilder canonical = new StringBuilder(FORMAT);
		field(canonical, Long.toString(id));
		field(canonical, (occurredAt != null) ? occurredAt.toString() : null);
		field(canonical, actor);
		field(canonical, recordType);
		field(canonical, recordId);
		field(canonical, action);
		field(canonical, changes);
		field(canonical, previousHash);
		return sha256(canonical.toString());
	}

	static String hash(AuditEntryView entry) {
		return hash(entry.id(), entry.occurredAt(), entry.actor(), entry.recordType(), entry.recordId(), entry.action(),
				entry.changes(), entry.previousHash());
	}

	private static void field(StringBuilder canonical, String value) {
		canonical.append('|');
		if (value == null) {
			// distinct from the empty string, which is written "0:"
			canonical.append('-');
			return;
		}
		canonical.append(value.length()).append(':').append(value);
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

}
