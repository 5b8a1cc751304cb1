package jp.itaku.approval;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalRequestTests {

	private static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");

	private static ApprovalRequest request(DecisionRule rule, int voters) {
		ApprovalRequest request = new ApprovalRequest(
				new ApprovalSubject("regulation-revision", "S01-rev-2", "規程第2版", "S01 改訂", "{\"version\":2}"),
				"requester", rule, voters, NOW);
		request.takeEvents();
		return request;
	}

	@Test
	void aMajorityOfThreeApproves() {
		ApprovalRequest request = request(DecisionRule.MAJORITY, 3);
		request.decide("c1", true, Verdict.APPROVE, null, NOW);
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.PENDING);
		request.decide("c2", true, Verdict.APPROVE, null, NOW);
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(request.takeEvents()).hasAtLeastOneElementOfType(ApprovalGranted.class);
	}

	@Test
	void aMajorityOfRefusalsRejects() {
		ApprovalRequest request = request(DecisionRule.MAJORITY, 3);
		request.decide("c1", true, Verdict.REJECT, "根拠不足", NOW);
		request.decide("c2", true, Verdict.REJECT, "根拠不足", NOW);
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.REJECTED);
		assertThat(request.takeEvents()).hasAtLeastOneElementOfType(ApprovalRejected.class);
	}

	@Test
	void underRuleOneASingleApprovalSuffices() {
		ApprovalRequest request = request(DecisionRule.ONE, 5);
		request.decide("c1", true, Verdict.APPROVE, null, NOW);
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
	}

	@Test
	void underRuleAllEveryMemberMustApprove() {
		ApprovalRequest request = request(DecisionRule.ALL, 3);
		request.decide("c1", true, Verdict.APPROVE, null, NOW);
		request.decide("c2", true, Verdict.APPROVE, null, NOW);
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.PENDING);
		request.decide("c3", true, Verdict.APPROVE, null, NOW);
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
	}

	@Test
	void underRuleAllOneRefusalRejectsBecauseApprovalIsOutOfReach() {
		ApprovalRequest request = request(DecisionRule.ALL, 3);
		request.decide("c1", true, Verdict.REJECT, "不可", NOW);
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.REJECTED);
	}

	@Test
	void theRequesterCannotDecideOnTheirOwnRequest() {
		ApprovalRequest request = request(DecisionRule.MAJORITY, 3);
		assertThatThrownBy(() -> request.decide("requester", true, Verdict.APPROVE, null, NOW))
			.isInstanceOf(NotEligibleToDecide.class);
		assertThat(request.getDecisions()).isEmpty();
	}

	@Test
	void aNonCommitteeMemberCannotDecide() {
		ApprovalRequest request = request(DecisionRule.MAJORITY, 3);
		assertThatThrownBy(() -> request.decide("m1", false, Verdict.APPROVE, null, NOW))
			.isInstanceOf(NotEligibleToDecide.class);
	}

	@Test
	void aMemberDecidesOnlyOncePerRound() {
		ApprovalRequest request = request(DecisionRule.MAJORITY, 3);
		request.decide("c1", true, Verdict.APPROVE, null, NOW);
		assertThatThrownBy(() -> request.decide("c1", true, Verdict.APPROVE, null, NOW))
			.isInstanceOf(ApprovalClosed.class);
		assertThat(request.getDecisions()).hasSize(1);
	}

	@Test
	void aDecidedRequestTakesNoMoreDecisions() {
		ApprovalRequest request = request(DecisionRule.ONE, 3);
		request.decide("c1", true, Verdict.APPROVE, null, NOW);
		assertThatThrownBy(() -> request.decide("c2", true, Verdict.REJECT, "遅い", NOW))
			.isInstanceOf(ApprovalClosed.class);
	}

	@Test
	void aSendBackReturnsTheRequestAndAResubmissionOpensANewRoundKeepingHistory() {
		ApprovalRequest request = request(DecisionRule.MAJORITY, 3);
		request.decide("c1", true, Verdict.APPROVE, null, NOW);
		request.decide("c2", true, Verdict.SEND_BACK, "S03 の根拠を追記", NOW);
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.SENT_BACK);
		assertThat(request.takeEvents()).hasAtLeastOneElementOfType(ApprovalSentBack.class);

		request.resubmit("requester", "{\"version\":3}", NOW.plusSeconds(60));
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.PENDING);
		assertThat(request.getCurrentRound()).isEqualTo(2);
		assertThat(request.getRounds()).extracting(ApprovalRound::getSnapshot)
			.containsExactly("{\"version\":2}", "{\"version\":3}");
		assertThat(request.getDecisions()).hasSize(2);
		// c1 approved round 1 but decides afresh on the new snapshot
		assertThat(request.hasDecided("c1")).isFalse();
		request.decide("c1", true, Verdict.APPROVE, null, NOW);
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.PENDING);
	}

	@Test
	void onlyTheRequesterResubmits() {
		ApprovalRequest request = request(DecisionRule.MAJORITY, 3);
		request.decide("c1", true, Verdict.SEND_BACK, "追記", NOW);
		assertThatThrownBy(() -> request.resubmit("c1", "x", NOW)).isInstanceOf(NotEligibleToDecide.class);
	}

	@Test
	void aPendingRequestCannotBeResubmitted() {
		ApprovalRequest request = request(DecisionRule.MAJORITY, 3);
		assertThatThrownBy(() -> request.resubmit("requester", "x", NOW)).isInstanceOf(ApprovalClosed.class);
	}

	@Test
	void theRequesterWithdrawsAPendingRequest() {
		ApprovalRequest request = request(DecisionRule.MAJORITY, 3);
		request.withdraw("requester", NOW);
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.WITHDRAWN);
		assertThat(request.takeEvents()).hasAtLeastOneElementOfType(ApprovalWithdrawn.class);
		assertThatThrownBy(() -> request.decide("c1", true, Verdict.APPROVE, null, NOW))
			.isInstanceOf(ApprovalClosed.class);
	}

	@Test
	void othersCannotWithdraw() {
		ApprovalRequest request = request(DecisionRule.MAJORITY, 3);
		assertThatThrownBy(() -> request.withdraw("c1", NOW)).isInstanceOf(NotEligibleToDecide.class);
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.PENDING);
	}

	@Test
	void anApprovedRequestCannotBeWithdrawn() {
		ApprovalRequest request = request(DecisionRule.ONE, 3);
		request.decide("c1", true, Verdict.APPROVE, null, NOW);
		assertThatThrownBy(() -> request.withdraw("requester", NOW)).isInstanceOf(ApprovalClosed.class);
	}

	@Test
	void aDecisionOnARoundThatIsOverIsAConflict() {
		ApprovalRequest request = request(DecisionRule.MAJORITY, 3);
		request.decide("c1", true, Verdict.SEND_BACK, "S03 の根拠を追記", NOW);
		request.resubmit("requester", "{\"version\":3}", NOW);
		assertThatThrownBy(() -> request.requireRound(1)).isInstanceOf(ApprovalClosed.class)
			.hasFieldOrPropertyWithValue("messageKey", "approval.error.stale-round");
	}

	@Test
	void aDecisionOnTheCurrentRoundPasses() {
		ApprovalRequest request = request(DecisionRule.MAJORITY, 3);
		request.requireRound(1);
		request.requireRound(null);
		request.decide("c1", true, Verdict.APPROVE, null, NOW);
		assertThat(request.getDecisions()).hasSize(1);
	}

}
