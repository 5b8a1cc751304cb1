package jp.itaku.approval;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoundTallyTests {

	private static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");

	private static ApprovalDecision decision(int round, String member, Verdict verdict) {
		return new ApprovalDecision(round, member, verdict, (verdict == Verdict.APPROVE) ? null : "理由", NOW);
	}

	@Test
	void underTheMajorityRuleTwoOfThreeAreNeededAndOneApprovalLeavesOneToGo() {
		RoundTally tally = RoundTally.of(List.of(decision(1, "c1", Verdict.APPROVE)), 1, 3, DecisionRule.MAJORITY);
		assertThat(tally.needed()).isEqualTo(2);
		assertThat(tally.stillNeeded()).isEqualTo(1);
		assertThat(tally.approved()).isFalse();
	}

	@Test
	void decisionsOfAnEarlierRoundDoNotCountInANewRound() {
		RoundTally tally = RoundTally.of(
				List.of(decision(1, "c1", Verdict.APPROVE), decision(1, "c2", Verdict.SEND_BACK)), 2, 3,
				DecisionRule.MAJORITY);
		assertThat(tally.approvals()).isZero();
		assertThat(tally.stillNeeded()).isEqualTo(2);
	}

	@Test
	void underTheRuleAllOneRefusalPutsApprovalOutOfReach() {
		RoundTally tally = RoundTally.of(List.of(decision(1, "c1", Verdict.REJECT)), 1, 3, DecisionRule.ALL);
		assertThat(tally.rejected()).isTrue();
	}

	@Test
	void nothingIsStillNeededOnceApprovalIsReached() {
		RoundTally tally = RoundTally.of(
				List.of(decision(1, "c1", Verdict.APPROVE), decision(1, "c2", Verdict.APPROVE)), 1, 2,
				DecisionRule.ONE);
		assertThat(tally.approved()).isTrue();
		assertThat(tally.stillNeeded()).isZero();
	}

}
