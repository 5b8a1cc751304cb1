package jp.itaku.contractor.exchange;

import org.junit.jupiter.api.Test;

import static jp.itaku.contractor.ContractorStatus.CANDIDATE;
import static jp.itaku.contractor.ContractorStatus.CONTRACTED;
import static jp.itaku.contractor.ContractorStatus.SELECTED;
import static jp.itaku.contractor.ContractorStatus.SUSPENDED;
import static jp.itaku.contractor.ContractorStatus.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;

class StatusPathTests {

	@Test
	void walksANewContractorThroughSelectionToContract() {
		assertThat(StatusPath.between(CANDIDATE, CONTRACTED)).containsExactly(SELECTED, CONTRACTED);
	}

	@Test
	void takesTheDirectStepWhenTheLifeCycleAllowsIt() {
		assertThat(StatusPath.between(CONTRACTED, SUSPENDED)).containsExactly(SUSPENDED);
	}

	@Test
	void findsNoWayBackFromATerminatedContractor() {
		assertThat(StatusPath.between(TERMINATED, CANDIDATE)).isEmpty();
	}

}
