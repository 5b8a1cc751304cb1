package jp.itaku.subcontracting;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.itaku.contractor.InformationClassification;

/**
 * What a subcontracting request (再委託承認申請, 規程 4.2(3)① R01) asks the committee to approve.
 *
 * @param contractorId the contractor that subcontracts (the parent in the chain); for a
 * contractor account always its own company
 * @param contractId the contract under which the work is done, if any
 * @param subcontractorId the subcontractor, registered in the register
 * @param subcontractorCorporateNumber instead of the id, the subcontractor's 法人番号: how a
 * contractor account, which sees no other company, names it
 * @param work the work subcontracted
 * @param information the organisation's information the subcontractor will handle
 * @param classification that information's highest classification
 * @param securityMeasures the subcontractor's security measures
 * @param periodFrom first day of the subcontracting
 * @param periodTo last day of the subcontracting
 */
public record SubcontractingInput(UUID contractorId, UUID contractId, UUID subcontractorId,
		@Size(max = 13) String subcontractorCorporateNumber, @NotBlank @Size(max = MAX_TEXT) String work,
		@NotBlank @Size(max = MAX_TEXT) String information, @NotNull InformationClassification classification,
		@NotBlank @Size(max = MAX_MEASURES) String securityMeasures, @NotNull LocalDate periodFrom,
		@NotNull LocalDate periodTo) {

	static final int MAX_TEXT = 2000;

	static final int MAX_MEASURES = 4000;

}
