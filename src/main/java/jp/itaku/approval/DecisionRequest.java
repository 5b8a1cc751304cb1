package jp.itaku.approval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A committee member's decision as the API takes it. The comment is required for REJECT
 * and SEND_BACK.
 */
record DecisionRequest(@NotNull Verdict decision, @Size(max = Approvals.MAX_COMMENT) String comment) {
}
