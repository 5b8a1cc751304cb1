package jp.itaku.corrective;

import jp.itaku.SignedIn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import jp.itaku.identity.Role;

/** Small factories shared by the corrective action tests. */
final class CorrectiveFixtures {

	static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

	static final LocalDate DUE = LocalDate.of(2026, 12, 15);

	private CorrectiveFixtures() {
	}

	/** A failed evaluation's source, as the selection module opens actions from. */
	static CorrectionSource evaluation(UUID evaluationId) {
		return new CorrectionSource("evaluation", evaluationId.toString(), "SEL-04",
				"/contractors/" + UUID.randomUUID() + "/evaluations/" + evaluationId);
	}

	/** An action just opened for {@code assignee}, due on {@link #DUE}. */
	static CorrectiveAction opened(String assignee) {
		return new CorrectiveAction(evaluation(UUID.randomUUID()), UUID.randomUUID(), "情報セキュリティ教育の実施記録を提出させる", assignee,
				DUE, "committee", NOW);
	}

	/** Runs {@code action} signed in as {@code username} with {@code roles}. */
	static <T> T as(String username, Supplier<T> action, Role... roles) {
		return SignedIn.as(username, action, roles);
	}

	static ContractorDetails contractor(String name) {
		return new ContractorDetails(name, "ゼセイショチ", null, null, null, null, null, Set.of(SupplierType.IT_SERVICE),
				Set.of(AccessKind.VIEW), InformationClassification.INTERNAL, null, null, null, null, null, List.of());
	}

}
