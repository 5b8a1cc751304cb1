package jp.itaku.audittrail;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

import static jp.itaku.audittrail.AuditTrailIntegrationTests.auditor;
import static jp.itaku.audittrail.AuditTrailIntegrationTests.changed;
import static jp.itaku.audittrail.AuditTrailIntegrationTests.newRecordId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The audit trail screen (操作記録).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailScreenIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void showsARecordsChangesEscaped() throws Exception {
		String recordId = newRecordId();
		this.events.publishEvent(changed(recordId, "committee", "name: <script>alert(1)</script>\nstatus: 候補 → 選定済"));

		this.mvc
			.perform(get("/audit-trail").param("recordType", "test-record").param("recordId", recordId).with(auditor()))
			.andExpect(status().isOk())
			.andExpect(view().name("audittrail/list"))
			.andExpect(content().string(containsString("操作記録")))
			.andExpect(
					content().string(containsString("name: &lt;script&gt;alert(1)&lt;/script&gt;\nstatus: 候補 → 選定済")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void answersHtmxWithTheResultsOnly() throws Exception {
		this.mvc.perform(get("/audit-trail").header("HX-Request", "true").with(auditor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"audit-results\"")))
			.andExpect(content().string(not(containsString("<nav class=\"navbar"))));
	}

	@Test
	void verifiesTheChainFromTheScreen() throws Exception {
		this.mvc.perform(get("/audit-trail/verify").header("HX-Request", "true").with(auditor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("操作記録は改ざんされていません")));
	}

	@Test
	void showsTheVerificationInEnglish() throws Exception {
		this.mvc.perform(
				get("/audit-trail/verify").header("HX-Request", "true").header("Accept-Language", "en").with(auditor()))
			.andExpect(content().string(containsString("The audit trail is intact")));
	}

	@Test
	void aMemberOpensTheHistoryOfOneRecord() throws Exception {
		this.mvc
			.perform(get("/audit-trail").param("recordType", "contractor")
				.param("recordId", newRecordId())
				.with(user("member").roles("MEMBER")))
			.andExpect(status().isOk());
	}

	@Test
	void aMemberMayNotBrowseTheWholeTrail() throws Exception {
		this.mvc.perform(get("/audit-trail").with(user("member").roles("MEMBER"))).andExpect(status().isForbidden());
	}

	@Test
	void aContractorMayNotOpenTheTrail() throws Exception {
		this.mvc
			.perform(get("/audit-trail").param("recordType", "contractor")
				.param("recordId", newRecordId())
				.with(user("contractor").roles("CONTRACTOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/audit-trail")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

}
