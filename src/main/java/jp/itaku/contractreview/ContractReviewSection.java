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
		// a whole template rather than "template :: fragment": the page inserts the
		// section by the name it is given, which works either way it writes the insertion
		return new ContractSection(ID, "contractreview.section.heading", "contractreview/contract-section", 40);
	}

}
