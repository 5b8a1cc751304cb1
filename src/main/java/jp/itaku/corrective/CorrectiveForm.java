package jp.itaku.corrective;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a corrective action recorded by hand (source {@code manual}).
 *
 * @param requirementId the requirement it serves, e.g. {@code SEL-04}
 * @param contractorId the contractor concerned, or {@code null}
 * @param what what must be corrected
 * @param assignee the username of who does it
 * @param dueOn by when
 */
record CorrectiveForm(
		@NotBlank(message = "{corrective.validation.required}") @Size(max = 20,
				message = "{corrective.validation.requirement}") @Pattern(
						regexp = "[A-Z0-9-]*", message = "{corrective.validation.requirement}") String requirementId,
		UUID contractorId,
		@NotBlank(message = "{corrective.validation.required}") @Size(max = CorrectiveActions.MAX_TEXT,
				message = "{corrective.validation.tooLong}") String what,
		@NotBlank(message = "{corrective.validation.required}") @Size(max = 100,
				message = "{corrective.validation.tooLong}") String assignee,
		@NotNull(message = "{corrective.validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

	static CorrectiveForm forContractor(UUID contractorId) {
		return new CorrectiveForm("SEL-04", contractorId, null, null, null);
	}

}
