package jp.itaku.subcontracting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.contract.ContractKind;
import jp.itaku.contractor.InformationClassification;

/**
 * A subcontracting request (再委託承認申請, 規程 4.2(3)① R01) as screens, the API and other
 * modules read it.
 *
 * @param version the version to send back with a change (optimistic locking)
 * @param approvalId the 稟議 that decides it ({@code /approvals/{approvalId}})
 */
public record SubcontractingView(UUID id, long version, UUID contractorId, String contractorName, UUID subcontractorId,
		String subcontractorName, UUID contractId, ContractKind contractKind, String work, String information,
		InformationClassification classification, String securityMeasures, LocalDate periodFrom, LocalDate periodTo,
		SubcontractingStatus status, String requester, UUID approvalId, Instant decidedAt, String activatedBy,
		Instant activatedAt, String endedBy, Instant endedAt, String endNote, Instant createdAt, Instant updatedAt) {

}
