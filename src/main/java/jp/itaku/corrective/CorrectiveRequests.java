package jp.itaku.corrective;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The API's request bodies for corrective actions. */
final class CorrectiveRequests {

	private CorrectiveRequests() {
	}

	/**
	 * Recording a corrective action by hand (source {@code manual}).
	 *
	 * @param requirementId the requirement it serves, e.g. {@code SEL-04}
	 * @param contractorId the contractor concerned, or {@code null}
	 * @param what what must be corrected
	 * @param assignee the username of who does it (an internal account)
	 * @param dueOn by when
	 */
	record Open(@NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]+") String requirementId, UUID contractorId,
			@NotBlank @Size(max = CorrectiveActions.MAX_TEXT) String what, @NotBlank @Size(max = 100) String assignee,
			@NotNull LocalDate dueOn) {

	}

	/**
	 * A step with an optional note: start, done, verify.
	 *
	 * @param version the action's version as read (optimistic locking)
	 * @param note what was done or checked
	 */
	record Step(@NotNull Long version, @Size(max = CorrectiveActions.MAX_TEXT) String note) {

	}

	/**
	 * A failed verification, sending the action back to work.
	 *
	 * @param version the action's version as read (optimistic locking)
	 * @param reason why the correction is not accepted
	 */
	record Reject(@NotNull Long version, @NotBlank @Size(max = CorrectiveActions.MAX_TEXT) String reason) {

	}

}
