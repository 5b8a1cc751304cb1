package jp.itaku.subcontracting;

import java.util.List;
import java.util.UUID;

import jp.itaku.contract.ContractSection;
import jp.itaku.contractor.ContractorTab;
import jp.itaku.identity.CurrentUsers;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contractor page's 再委託 tab (規程 4.2(3)① R01): the requests in which the company
 * subcontracts or is the subcontractor, and its findings of unapproved subcontracting;
 * and the contract page's 再委託 section: the requests made under the contract. The fragment
 * reads them through this bean ({@code @subcontractingTab}); a contractor account sees
 * its own company's requests only, and no findings.
 */
@Component("subcontractingTab")
@Transactional(readOnly = true)
class SubcontractingTab {

	private final SubcontractingRequestRepository requests;

	private final UnapprovedSubcontracting findings;

	private final CurrentUsers users;

	SubcontractingTab(SubcontractingRequestRepository requests, UnapprovedSubcontracting findings, CurrentUsers users) {
		this.requests = requests;
		this.findings = findings;
		this.users = users;
	}

	@Bean
	static ContractorTab subcontractingContractorTab() {
		return new ContractorTab("subcontracting", "subcontracting.tab", "subcontracting/contractor-tab :: requests",
				60);
	}

	@Bean
	static ContractSection subcontractingContractSection() {
		return new ContractSection("subcontracting", "subcontracting.tab", "subcontracting/contract-section", 60);
	}

	public List<SubcontractingView> requests(UUID contractorId) {
		boolean contractorOnly = this.users.current().isContractorOnly();
		return this.requests.findByContractorIdOrSubcontractorIdOrderByCreatedAtDesc(contractorId, contractorId)
			.stream()
			.filter((request) -> !contractorOnly || request.getContractorId().equals(contractorId))
			.map(SubcontractingRequest::view)
			.toList();
	}

	/**
	 * The requests to subcontract work done under a contract, for the contract page's 再委託
	 * section; the contract page shows a contract only to who may see it.
	 */
	public List<SubcontractingView> underContract(UUID contractId) {
		return this.requests.findByContractIdOrderByCreatedAtDesc(contractId)
			.stream()
			.map(SubcontractingRequest::view)
			.toList();
	}

	public List<FindingView> findings(UUID contractorId) {
		return this.findings.about(contractorId);
	}

}
