package jp.itaku.contract;

import jp.itaku.contractor.ContractorTab;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 契約 tab of a contractor's page: its contracts and amendments with their deadlines
 * (規程 4.2).
 */
@Configuration(proxyBeanMethods = false)
class ContractTabs {

	static final String ID = "contracts";

	@Bean
	static ContractorTab contractsTab() {
		return new ContractorTab(ID, "contract.tab", "contract/contractor-tab :: contracts", 50);
	}

}
