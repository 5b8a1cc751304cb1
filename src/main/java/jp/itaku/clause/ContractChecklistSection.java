package jp.itaku.clause;

import jp.itaku.contract.ContractSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 必須条項 section of the contract page: the checklist's coverage at a glance and the
 * editable checklist (規程 4.2), loaded by htmx from {@code /checklists/contract/{id}}.
 */
@Configuration(proxyBeanMethods = false)
class ContractChecklistSection {

	static final String ID = "clause-checklist";

	// the template holds nothing but the section, so naming it alone is the fragment,
	// however the contract page inserts it
	@Bean
	ContractSection clauseChecklistSection() {
		return new ContractSection(ID, "clause.section", "clause/contract-section", 40);
	}

}
