package jp.itaku.clausecheck;

import jp.itaku.contract.ContractSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 自動条項チェック section of the contract page: the runs of the contract's documents, loaded
 * by htmx from {@code /contracts/{id}/clause-checks}; placed just before the clause
 * checklist it pre-fills.
 */
@Configuration(proxyBeanMethods = false)
class ClauseCheckSection {

	@Bean
	ContractSection clauseCheckContractSection() {
		return new ContractSection("clause-check", "clausecheck.section", "clausecheck/contract-section", 35);
	}

}
