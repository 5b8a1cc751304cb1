package jp.itaku.subcontracting;

import java.util.UUID;

import jp.itaku.clause.ChecklistSubject;
import jp.itaku.clause.ClauseChecklists;
import jp.itaku.contract.ContractKind;

import org.springframework.stereotype.Component;

/**
 * The clauses flowed down to a subcontractor (規程 4.2(3), R01): the contract clause
 * checklist, applied to the subcontract with the subcontractor's own profile and the kind
 * of the contract under which the work is done ({@link ContractKind#OUTSOURCING 業務委託}
 * when the request names none). Prepared again on every amendment; the clause module
 * keeps the findings already recorded.
 */
@Component
class FlowedDownClauses {

	private final ClauseChecklists checklists;

	private final SubcontractorDirectory directory;

	FlowedDownClauses(ClauseChecklists checklists, SubcontractorDirectory directory) {
		this.checklists = checklists;
		this.directory = directory;
	}

	void prepare(SubcontractingView request) {
		UUID subcontractor = request.subcontractorId();
		ContractKind kind = (request.contractKind() != null) ? request.contractKind() : ContractKind.OUTSOURCING;
		this.checklists.prepare(new ChecklistSubject(ChecklistSubject.SUBCONTRACT, request.id(), subcontractor, kind,
				this.directory.supplierTypes(subcontractor), this.directory.accessKinds(subcontractor),
				"/subcontracting/" + request.id()));
	}

}
