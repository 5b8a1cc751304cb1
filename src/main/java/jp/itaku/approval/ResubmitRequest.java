package jp.itaku.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The requester's revised snapshot for a sent-back request, as the API takes it.
 */
record ResubmitRequest(@NotBlank @Size(max = ApprovalInput.MAX_SNAPSHOT) String snapshot) {
}
