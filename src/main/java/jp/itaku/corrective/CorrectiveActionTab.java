package jp.itaku.corrective;

import jp.itaku.contractor.ContractorTab;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 是正処置 tab of a contractor's page: its open corrective actions, overdue ones
 * highlighted (規程 4.1; SEL-04).
 */
@Configuration(proxyBeanMethods = false)
class CorrectiveActionTab {

	static final String ID = "corrective-actions";

	@Bean
	ContractorTab correctiveActionsTab() {
		return new ContractorTab(ID, "corrective.tab", "corrective/contractor-tab :: actions", 70);
	}

}
