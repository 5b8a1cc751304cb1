package jp.itaku.subcontracting;

import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.contractor.InformationClassification;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The request form (新規 and 修正); the service checks every field, so that the screen, the
 * API and the demo obey the same rules.
 *
 * @param version the version read, when amending
 */
record SubcontractingForm(UUID contractorId, UUID contractId, UUID subcontractorId, String subcontractorCorporateNumber,
		String work, String information, InformationClassification classification, String securityMeasures,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo, Long version) {

	static SubcontractingForm blank(UUID contractorId, UUID contractId) {
		return new SubcontractingForm(contractorId, contractId, null, null, null, null, null, null, null, null, null);
	}

	static SubcontractingForm of(SubcontractingView view) {
		return new SubcontractingForm(view.contractorId(), view.contractId(), view.subcontractorId(), null, view.work(),
				view.information(), view.classification(), view.securityMeasures(), view.periodFrom(), view.periodTo(),
				view.version());
	}

	SubcontractingInput input() {
		return new SubcontractingInput(this.contractorId, this.contractId, this.subcontractorId,
				this.subcontractorCorporateNumber, this.work, this.information, this.classification,
				this.securityMeasures, this.periodFrom, this.periodTo);
	}

}
