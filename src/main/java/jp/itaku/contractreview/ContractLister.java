package jp.itaku.contractreview;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which contracts the start-up sync brings in step. */
@Component
class ContractLister {

	private final ReviewStandingRepository standings;

	ContractLister(ReviewStandingRepository standings) {
		this.standings = standings;
	}

	@Transactional(readOnly = true)
	List<UUID> allContractIds() {
		return this.standings.findAll().stream().map(ReviewStanding::getContractId).toList();
	}

}
