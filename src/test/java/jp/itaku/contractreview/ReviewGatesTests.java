package jp.itaku.contractreview;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.itaku.contract.ContractReviewGate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The review gate (規程 4.2, 4.3(1)): 確認済 is refused while any gate reports open points;
 * 要対応 is always allowed.
 */
class ReviewGatesTests {

	private static final UUID CONTRACT = UUID.randomUUID();

	/**
	 * A gate that reports fixed points for some contracts, as the clause checklist does.
	 */
	private static ContractReviewGate gate(Map<UUID, List<String>> points) {
		return (contractId) -> points.getOrDefault(contractId, List.of());
	}

	@Test
	void aConfirmedReviewIsRefusedWithTheOpenPointsOfEveryGate() {
		ReviewGates gates = new ReviewGates(
				List.of(gate(Map.of(CONTRACT, List.of("R01: 欠落"))), gate(Map.of(CONTRACT, List.of("N08: 一部")))));

		assertThatExceptionOfType(ContractReviewRefused.class)
			.isThrownBy(() -> gates.check(CONTRACT, ContractReviewOutcome.CONFIRMED))
			.satisfies((refused) -> assertThat(refused.openPoints()).containsExactly("R01: 欠落", "N08: 一部"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("contractreview.error.openPoints"));
	}

	@Test
	void aConfirmedReviewIsAllowedWhenNoGateHasOpenPoints() {
		ReviewGates gates = new ReviewGates(List.of(gate(Map.of(UUID.randomUUID(), List.of("R01: 欠落")))));

		assertThatCode(() -> gates.check(CONTRACT, ContractReviewOutcome.CONFIRMED)).doesNotThrowAnyException();
	}

	@Test
	void aConfirmedReviewIsAllowedWithoutAnyGate() {
		assertThatCode(() -> new ReviewGates(List.of()).check(CONTRACT, ContractReviewOutcome.CONFIRMED))
			.doesNotThrowAnyException();
	}

	@Test
	void aReviewThatRequiresActionIsAllowedDespiteOpenPoints() {
		ReviewGates gates = new ReviewGates(List.of(gate(Map.of(CONTRACT, List.of("R01: 欠落")))));

		assertThatCode(() -> gates.check(CONTRACT, ContractReviewOutcome.ACTION_REQUIRED)).doesNotThrowAnyException();
	}

	@Test
	void theOpenPointsAreListedForTheFormBeforeItIsSubmitted() {
		ReviewGates gates = new ReviewGates(List.of(gate(Map.of(CONTRACT, List.of("R01: 欠落")))));

		assertThat(gates.openPoints(CONTRACT)).containsExactly("R01: 欠落");
	}

}
