package jp.itaku.subcontracting;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Subcontracting found without the committee's approval (未承認の再委託, 規程 4.2(3)① R01).
 *
 * @param contractorId the contractor that subcontracted
 * @param subcontractorId the subcontractor if it is registered, else null
 * @param subcontractorName the subcontractor's name when it is not registered
 * @param foundOn when it was found
 * @param howFound how it was found (audit, report, …)
 * @param note anything else
 */
public record FindingInput(@NotNull UUID contractorId, UUID subcontractorId, @Size(max = 200) String subcontractorName,
		@NotNull LocalDate foundOn, @NotBlank @Size(max = 1000) String howFound, @Size(max = 4000) String note) {

}
