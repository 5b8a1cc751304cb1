package jp.itaku.subcontracting;

import java.time.Instant;
import java.util.UUID;

import jp.itaku.shared.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The life cycle of a subcontracting request (規程 4.2(3)① R01), without Spring.
 */
class SubcontractingRequestTests {

	private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

	@Test
	void aRequestUnderReviewCannotBeRecordedActive() {
		SubcontractingRequest request = filed();

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> request.activate("member", NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("subcontracting.error.notApproved"));
		assertThat(request.getStatus()).isEqualTo(SubcontractingStatus.UNDER_REVIEW);
	}

	@Test
	void aRejectedRequestCannotBeRecordedActive() {
		SubcontractingRequest request = filed();
		request.decided(SubcontractingStatus.REJECTED, NOW);

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> request.activate("member", NOW));
	}

	@Test
	void anApprovedRequestBecomesActiveThenEnded() {
		SubcontractingRequest request = filed();
		request.decided(SubcontractingStatus.APPROVED, NOW);
		request.activate("member", NOW);
		request.end("member", "業務完了", NOW);

		assertThat(request.view().status()).isEqualTo(SubcontractingStatus.ENDED);
		assertThat(request.view().activatedBy()).isEqualTo("member");
		assertThat(request.view().endNote()).isEqualTo("業務完了");
	}

	@Test
	void onlyAnActiveLinkCanEnd() {
		SubcontractingRequest request = filed();
		request.decided(SubcontractingStatus.APPROVED, NOW);

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> request.end("member", null, NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("subcontracting.error.notActive"));
	}

	@Test
	void onlyASentBackRequestCanBeAmended() {
		SubcontractingRequest request = filed();

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> request.amend(parties(), SubcontractingFixtures.input(UUID.randomUUID(), null), NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("subcontracting.error.notSentBack"));
	}

	@Test
	void anAmendedRequestGoesBackUnderReview() {
		SubcontractingRequest request = filed();
		request.decided(SubcontractingStatus.SENT_BACK, NOW);
		SubcontractingInput input = SubcontractingFixtures.input(UUID.randomUUID(), null);

		request.amend(parties(), new SubcontractingInput(null, null, null, null, "修正後の業務", input.information(),
				input.classification(), input.securityMeasures(), input.periodFrom(), input.periodTo()), NOW);

		assertThat(request.view().status()).isEqualTo(SubcontractingStatus.UNDER_REVIEW);
		assertThat(request.view().work()).isEqualTo("修正後の業務");
	}

	@Test
	void aDecidedRequestIsNotDecidedAgain() {
		SubcontractingRequest request = filed();
		request.decided(SubcontractingStatus.APPROVED, NOW);

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> request.decided(SubcontractingStatus.REJECTED, NOW));
	}

	private static SubcontractingRequest filed() {
		return new SubcontractingRequest(parties(), SubcontractingFixtures.input(UUID.randomUUID(), null), "member",
				NOW);
	}

	private static SubcontractingRequest.Parties parties() {
		return new SubcontractingRequest.Parties(UUID.randomUUID(), "翠嶺システムズ株式会社", UUID.randomUUID(), "株式会社ゆいまーるテック",
				null, null);
	}

}
