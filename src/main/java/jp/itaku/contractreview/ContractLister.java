package jp.itaku.contractreview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contract.ContractQuery;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Which contracts the start-up and daily sync bring in step: every contract of the
 * register, page by page, and any this module already follows.
 */
@Component
class ContractLister {

	private static final int PAGE = 200;

	private final Contracts contracts;

	private final ReviewStandingRepository standings;

	ContractLister(Contracts contracts, ReviewStandingRepository standings) {
		this.contracts = contracts;
		this.standings = standings;
	}

	List<UUID> allContractIds() {
		Set<UUID> ids = new LinkedHashSet<>();
		Page<ContractSummary> page = this.contracts.search(ContractQuery.all(), PageRequest.of(0, PAGE, Sort.by("id")));
		page.forEach((contract) -> ids.add(contract.id()));
		while (page.hasNext()) {
			page = this.contracts.search(ContractQuery.all(), page.nextPageable());
			page.forEach((contract) -> ids.add(contract.id()));
		}
		this.standings.findAll().forEach((standing) -> ids.add(standing.getContractId()));
		return new ArrayList<>(ids);
	}

}
