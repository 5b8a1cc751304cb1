package jp.itaku.clause;

import java.util.UUID;

import jp.itaku.contract.ContractChanged;
import jp.itaku.contract.ContractEvent;
import jp.itaku.contract.ContractRegistered;
import jp.itaku.contract.ContractStatusChanged;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorChanged;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each contract's checklist in step with the contract and its contractor: prepared
 * when the contract is recorded, re-derived when its kind or the contractor's supplier
 * types or access change, marked active while the contract is in effect. Synchronous, in
 * the contract's own transaction, so a contract never exists without its checklist.
 */
@Component
class ContractChecklists {

	private final ClauseChecklists facade;

	private final ClauseChecklistRepository checklists;

	private final Contracts contracts;

	private final Contractors contractors;

	ContractChecklists(ClauseChecklists facade, ClauseChecklistRepository checklists, Contracts contracts,
			Contractors contractors) {
		this.facade = facade;
		this.checklists = checklists;
		this.contracts = contracts;
		this.contractors = contractors;
	}

	@EventListener
	void registered(ContractRegistered event) {
		follow(event);
	}

	@EventListener
	void changed(ContractChanged event) {
		follow(event);
	}

	@EventListener
	void statusChanged(ContractStatusChanged event) {
		follow(event);
	}

	/** The contractor's supplier types or access may have changed. */
	@EventListener
	@Transactional
	void contractorChanged(ContractorChanged event) {
		for (ClauseChecklist checklist : this.checklists.findByContractorId(event.contractorId().value())) {
			if (ChecklistSubject.CONTRACT.equals(checklist.getSubjectType())) {
				prepare(checklist.getSubjectId());
			}
			else {
				rederive(checklist, event.contractorId());
			}
		}
	}

	private void follow(ContractEvent event) {
		prepare(event.contractId());
	}

	/** Prepares or re-derives the contract's checklist from the contract as it is now. */
	@Transactional
	void prepare(UUID contractId) {
		ContractSummary contract = this.contracts.get(contractId);
		Contractor contractor = this.contractors.get(new ContractorId(contract.contractorId()));
		this.facade.prepare(
				new ChecklistSubject(ChecklistSubject.CONTRACT, contract.id(), contract.contractorId(), contract.kind(),
						contractor.getSupplierTypes(), contractor.getAccessKinds(), "/contracts/" + contract.id()));
		this.facade.label(ChecklistSubject.CONTRACT, contract.id(), contract.active(),
				(contract.number() != null) ? contract.number() + " " + contract.title() : contract.title());
	}

	private void rederive(ClauseChecklist checklist, ContractorId contractorId) {
		Contractor contractor = this.contractors.get(contractorId);
		this.facade.prepare(new ChecklistSubject(checklist.getSubjectType(), checklist.getSubjectId(),
				checklist.getContractorId(), checklist.getContractKind(), contractor.getSupplierTypes(),
				contractor.getAccessKinds(), checklist.getLink()));
	}

}
