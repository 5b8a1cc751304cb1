package jp.itaku.subcontracting;

import java.util.EnumSet;
import java.util.Optional;

import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.ContractorStatusGuard;

import org.springframework.stereotype.Component;

/**
 * Refuses to record as 契約中 a company that the register knows only as a subcontractor
 * (named in subcontracting requests, and as the contractor of none) while no request for
 * it was approved: 規程 4.2(3)①, 委託業者が再委託を行うためには、当法人に事前の承認を得なければならない.
 */
@Component
class SubcontractingGuard implements ContractorStatusGuard {

	static final String NOT_APPROVED = "subcontracting.error.subcontractorNotApproved";

	private static final EnumSet<SubcontractingStatus> APPROVED = EnumSet.of(SubcontractingStatus.APPROVED,
			SubcontractingStatus.ACTIVE, SubcontractingStatus.ENDED);

	private final SubcontractingRequestRepository requests;

	SubcontractingGuard(SubcontractingRequestRepository requests) {
		this.requests = requests;
	}

	@Override
	public Optional<String> refusal(ContractorId id, ContractorStatus from, ContractorStatus to) {
		if (to != ContractorStatus.CONTRACTED || !this.requests.existsBySubcontractorId(id.value())
				|| this.requests.existsByContractorId(id.value())) {
			return Optional.empty();
		}
		return this.requests.existsBySubcontractorIdAndStatusIn(id.value(), APPROVED) ? Optional.empty()
				: Optional.of(NOT_APPROVED);
	}

}
