package jp.itaku.subcontracting;

import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.shared.AuditableEvent;

/**
 * Subcontracting was found without the committee's prior approval (未承認の再委託, 規程 4.2(3)①
 * R01) and recorded as a finding. The extension point of the governance module: it
 * listens for this event to open a violation (違反) for the finding, and reads the finding
 * through {@link UnapprovedSubcontracting#get}.
 *
 * @param findingId the finding
 * @param contractorId the contractor that subcontracted
 * @param subcontractorId the subcontractor if registered, else null
 * @param subcontractorName the subcontractor's name
 * @param foundOn when it was found
 * @param actor who recorded it
 */
public record UnapprovedSubcontractingFound(UUID findingId, UUID contractorId, UUID subcontractorId,
		String subcontractorName, LocalDate foundOn, String actor) implements AuditableEvent {

	@Override
	public String recordType() {
		return SubcontractingEvent.FINDING;
	}

	@Override
	public String recordId() {
		return this.findingId.toString();
	}

	@Override
	public String action() {
		return "RECORDED";
	}

	@Override
	public String changes() {
		return "contractor: " + this.contractorId + "; subcontractor: " + this.subcontractorName
				+ ((this.subcontractorId != null) ? " (" + this.subcontractorId + ")" : " (unregistered)")
				+ "; found on: " + this.foundOn;
	}

}
