package jp.itaku.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.compliance.ComplianceContributor;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.Contractors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracks S02 (規程 4.2(1)③: 供給者関係を管理するための標準化されたプロセス及びライフサイクル): the contractor's life cycle
 * and the contracts' agree. Every contractor 契約中 has a contract in effect, and no
 * contract is in effect with a contractor that is not 選定済 or 契約中 (a candidate never
 * selected, a suspended or terminated one).
 */
@Component
@Transactional(readOnly = true)
class ContractCompliance implements ComplianceContributor {

	static final String REQUIREMENT = "S02";

	/** The most contractors named (and linked) in one assessment. */
	static final int MAX_NAMED = 10;

	private static final Set<ContractorStatus> MAY_HOLD_CONTRACTS = Set.of(ContractorStatus.SELECTED,
			ContractorStatus.CONTRACTED);

	private final ContractRepository contracts;

	private final Contractors contractors;

	private final MessageSource messages;

	ContractCompliance(ContractRepository contracts, Contractors contractors, MessageSource messages) {
		this.contracts = contracts;
		this.contractors = contractors;
		this.messages = messages;
	}

	@Override
	public List<RequirementAssessment> assess() {
		Set<UUID> withContracts = new HashSet<>(this.contracts.findContractorsWithActiveContracts());
		List<Contractor> uncovered = contractedWithout(withContracts);
		List<Contractor> outside = withContracts.stream()
			.map((id) -> this.contractors.find(new ContractorId(id)).orElse(null))
			.filter((contractor) -> contractor != null && !MAY_HOLD_CONTRACTS.contains(contractor.getStatus()))
			.sorted((a, b) -> a.getName().compareTo(b.getName()))
			.toList();
		if (uncovered.isEmpty() && outside.isEmpty()) {
			return List.of(new RequirementAssessment(REQUIREMENT, ComplianceStatus.OK,
					text("contract.compliance.S02.ok"), List.of("/contracts")));
		}
		List<String> details = new ArrayList<>();
		List<String> links = new ArrayList<>();
		if (!uncovered.isEmpty()) {
			details.add(text("contract.compliance.S02.noContract", uncovered.size(), names(uncovered)));
		}
		if (!outside.isEmpty()) {
			details.add(text("contract.compliance.S02.outside", outside.size(), names(outside)));
		}
		uncovered.stream().limit(MAX_NAMED).forEach((contractor) -> links.add(link(contractor)));
		outside.stream().limit(MAX_NAMED).forEach((contractor) -> links.add(link(contractor)));
		return List.of(new RequirementAssessment(REQUIREMENT, ComplianceStatus.GAP, String.join(" ", details), links));
	}

	private List<Contractor> contractedWithout(Set<UUID> withContracts) {
		List<Contractor> without = new ArrayList<>();
		ContractorQuery contracted = new ContractorQuery(null, ContractorStatus.CONTRACTED, null, null, null, null);
		Page<Contractor> page = this.contractors.search(contracted, PageRequest.of(0, 500, Sort.by("nameKana", "id")));
		while (true) {
			page.forEach((contractor) -> {
				if (!withContracts.contains(contractor.getId())) {
					without.add(contractor);
				}
			});
			if (!page.hasNext()) {
				return without;
			}
			page = this.contractors.search(contracted, page.nextPageable());
		}
	}

	private static String names(List<Contractor> contractors) {
		String named = String.join("、", contractors.stream().limit(MAX_NAMED).map(Contractor::getName).toList());
		return (contractors.size() > MAX_NAMED) ? named + " …" : named;
	}

	private static String link(Contractor contractor) {
		return "/contractors/" + contractor.getId() + "?tab=" + ContractTabs.ID;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
