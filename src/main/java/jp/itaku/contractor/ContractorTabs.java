package jp.itaku.contractor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The register's own tabs of the detail page: 概要, 連絡先, 関連会社.
 */
@Configuration(proxyBeanMethods = false)
class ContractorTabs {

	static final String OVERVIEW = "overview";

	@Bean
	ContractorTab overviewTab() {
		return new ContractorTab(OVERVIEW, "contractor.tab.overview", "contractor/tabs :: overview", 10);
	}

	@Bean
	ContractorTab contactsTab() {
		return new ContractorTab("contacts", "contractor.tab.contacts", "contractor/tabs :: contacts", 20);
	}

	@Bean
	ContractorTab relatedTab() {
		return new ContractorTab("related", "contractor.tab.related", "contractor/tabs :: related", 30);
	}

}
