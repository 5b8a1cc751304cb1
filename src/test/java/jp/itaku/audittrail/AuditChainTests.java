package jp.itaku.audittrail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTests {

	private static final Instant AT = Instant.parse("2024-04-01T01:02:03.123456Z");

	@Test
	void hashesTheSameContentAlike() {
		assertThat(hash("admin", "name: A → B", AuditChain.GENESIS))
			.isEqualTo(hash("admin", "name: A → B", AuditChain.GENESIS))
			.matches("[0-9a-f]{64}");
	}

	@Test
	void anyChangeOfContentChangesTheHash() {
		String original = hash("admin", "name: A → B", AuditChain.GENESIS);

		assertThat(hash("admin", "name: A → C", AuditChain.GENESIS)).isNotEqualTo(original);
		assertThat(hash("member", "name: A → B", AuditChain.GENESIS)).isNotEqualTo(original);
		assertThat(hash("admin", "name: A → B", "1".repeat(64))).isNotEqualTo(original);
		assertThat(AuditChain.hash(1, AT.plusNanos(1000), "admin", "contractor", "c-1", "UPDATED", "name: A → B",
				AuditChain.GENESIS))
			.isNotEqualTo(original);
	}

	@Test
	void movingTextFromOneFieldToTheNextChangesTheHash() {
		String split = AuditChain.hash(1, AT, "ab", "c", "1", "UPDATED", "x", AuditChain.GENESIS);
		String shifted = AuditChain.hash(1, AT, "a", "bc", "1", "UPDATED", "x", AuditChain.GENESIS);

		assertThat(split).isNotEqualTo(shifted);
	}

	@Test
	void tellsNoChangesFromEmptyChanges() {
		assertThat(hash("admin", null, AuditChain.GENESIS)).isNotEqualTo(hash("admin", "", AuditChain.GENESIS));
	}

	@Test
	void anUntouchedChainIsIntact() {
		List<AuditEntryView> chain = chain(5);

		AuditTrailVerification result = verify(chain);

		assertThat(result).isEqualTo(new AuditTrailVerification(true, 5, null));
	}

	@Test
	void anEmptyChainIsIntact() {
		assertThat(verify(List.of())).isEqualTo(new AuditTrailVerification(true, 0, null));
	}

	@Test
	void detectsAnEditedEntryByItsId() {
		List<AuditEntryView> chain = chain(5);
		chain.set(2, withChanges(chain.get(2), "name: A → forged"));

		AuditTrailVerification result = verify(chain);

		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(3L);
	}

	@Test
	void detectsAnEditWhoseHashWasRecomputedAtTheNextLink() {
		List<AuditEntryView> chain = chain(5);
		AuditEntryView forged = withChanges(chain.get(2), "name: A → forged");
		chain.set(2, rehashed(forged));

		AuditTrailVerification result = verify(chain);

		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(4L);
	}

	@Test
	void detectsADeletedEntryByTheMissingId() {
		List<AuditEntryView> chain = chain(5);
		chain.remove(1);

		AuditTrailVerification result = verify(chain, 5, chain.get(3).hash());

		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(2L);
	}

	@Test
	void detectsADeletedLastEntryAgainstTheChainHead() {
		List<AuditEntryView> chain = chain(5);
		String headHash = chain.get(4).hash();
		chain.remove(4);

		AuditTrailVerification result = verify(chain, 5, headHash);

		assertThat(result).isEqualTo(new AuditTrailVerification(false, 4, 5L));
	}

	@Test
	void detectsARewrittenLastEntryAgainstTheChainHead() {
		List<AuditEntryView> chain = chain(3);
		String headHash = chain.get(2).hash();
		chain.set(2, rehashed(withChanges(chain.get(2), "name: A → forged")));

		AuditTrailVerification result = verify(chain, 3, headHash);

		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(3L);
	}

	@Test
	void stopsAtTheFirstBreak() {
		List<AuditEntryView> chain = chain(6);
		chain.set(1, withChanges(chain.get(1), "first forgery"));
		chain.set(4, withChanges(chain.get(4), "second forgery"));

		AuditTrailVerification result = verify(chain);

		assertThat(result).isEqualTo(new AuditTrailVerification(false, 2, 2L));
	}

	private static String hash(String actor, String changes, String previousHash) {
		return AuditChain.hash(1, AT, actor, "contractor", "c-1", "UPDATED", changes, previousHash);
	}

	private static List<AuditEntryView> chain(int length) {
		List<AuditEntryView> chain = new ArrayList<>();
		String previous = AuditChain.GENESIS;
		for (long id = 1; id <= length; id++) {
			AuditEntryView entry = rehashed(new AuditEntryView(id, AT.plusSeconds(id), "admin", "contractor", "c-" + id,
					"UPDATED", "name: A → B" + id, previous, null));
			chain.add(entry);
			previous = entry.hash();
		}
		return chain;
	}

	private static AuditEntryView withChanges(AuditEntryView entry, String changes) {
		return new AuditEntryView(entry.id(), entry.occurredAt(), entry.actor(), entry.recordType(), entry.recordId(),
				entry.action(), changes, entry.previousHash(), entry.hash());
	}

	private static AuditEntryView rehashed(AuditEntryView entry) {
		return new AuditEntryView(entry.id(), entry.occurredAt(), entry.actor(), entry.recordType(), entry.recordId(),
				entry.action(), entry.changes(), entry.previousHash(), AuditChain.hash(entry));
	}

	private static AuditTrailVerification verify(List<AuditEntryView> chain) {
		return verify(chain, chain.size(), chain.isEmpty() ? AuditChain.GENESIS : chain.get(chain.size() - 1).hash());
	}

	private static AuditTrailVerification verify(List<AuditEntryView> chain, long headId, String headHash) {
		ChainVerification verification = new ChainVerification(headId, headHash);
		for (AuditEntryView entry : chain) {
			if (!verification.accept(entry)) {
				break;
			}
		}
		return verification.result();
	}

}
