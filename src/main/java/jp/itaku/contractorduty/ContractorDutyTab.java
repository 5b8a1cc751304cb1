package jp.itaku.contractorduty;

import jp.itaku.contractor.ContractorTab;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 定期業務 tab of a contractor's page: the contractor's open duties, such as its
 * re-evaluation (規程 4.1; SEL-04) and its corrective actions, with a link to the duty list
 * filtered by it.
 */
@Configuration(proxyBeanMethods = false)
class ContractorDutyTab {

	static final String ID = "duties";

	@Bean
	ContractorTab dutiesTab() {
		return new ContractorTab(ID, "duty.tab", "duty/contractor-tab :: duties", 80);
	}

}
