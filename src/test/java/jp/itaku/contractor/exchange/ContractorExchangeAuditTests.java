package jp.itaku.contractor.exchange;

import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.Contractors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

import static jp.itaku.contractor.exchange.ExchangeFixtures.csvUtf8WithBom;
import static jp.itaku.contractor.exchange.ExchangeFixtures.marker;
import static jp.itaku.contractor.exchange.ExchangeFixtures.minimalHeader;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail (操作記録) as an auditor reads it after an import.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractorExchangeAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Contractors contractors;

	@Test
	void aCommittedImportIsRecordedAsAWholeAndPerContractor() throws Exception {
		ImportCalls calls = new ImportCalls(this.mvc);
		String marker = marker();
		String name = "監査記録" + marker;
		String token = calls.token(csvUtf8WithBom(minimalHeader() + name + ",カンサキロク,\r\n"));
		calls.commit(token).andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/audit-trail").param("recordType", "contractor-import")
				.param("recordId", token)
				.with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].action").value("IMPORTED"))
			.andExpect(jsonPath("$.content[0].actor").value("member"))
			.andExpect(jsonPath("$.content[0].changes").value(containsString("created: 1")));
		String id = this.contractors
			.search(new ContractorQuery(marker, null, null, null, null, null), Pageable.unpaged())
			.getContent()
			.get(0)
			.getId()
			.toString();
		this.mvc
			.perform(get("/api/v1/audit-trail").param("recordType", "contractor")
				.param("recordId", id)
				.with(user("auditor").roles("AUDITOR")))
			.andExpect(jsonPath("$.content[*].action").value(hasItem("CREATED")))
			.andExpect(jsonPath("$.content[*].changes").value(hasItem(containsString(name))));
	}

}
