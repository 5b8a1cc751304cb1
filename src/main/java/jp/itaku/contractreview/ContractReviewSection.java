package jp.itaku.contractreview;

import jp.itaku.contract.ContractSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the 契約見直し (MGT-01) section to the contract page: the section loads the review
 * panel of {@link ContractReviewController} into the page.
 */
@Configuration(proxyBeanMethods = false)
class ContractReviewSection {

	static final String ID = "contract-review";

	@Bean
	ContractSection contractReviewPageSection() {
		return new ContractSection(ID, "contractreview.section.heading", "contractreview/section :: section", 40);
	}

}
