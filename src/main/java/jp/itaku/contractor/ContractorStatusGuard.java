package jp.itaku.contractor;

import java.util.Optional;

/**
 * Implemented as a bean by a module whose records decide whether a contractor may move
 * along its life cycle (e.g. the selection module refuses 選定済 without a passing
 * evaluation, 規程 4.1(1) SEL-01). {@link Contractors#changeStatus} asks every guard before
 * it changes anything, so the register never depends on those modules.
 */
public interface ContractorStatusGuard {

	/**
	 * Why the move is refused.
	 * @param id the contractor
	 * @param from its present status
	 * @param to the status asked for
	 * @return the message key of the reason shown to the user, or empty when this guard
	 * allows the move
	 */
	Optional<String> refusal(ContractorId id, ContractorStatus from, ContractorStatus to);

}
