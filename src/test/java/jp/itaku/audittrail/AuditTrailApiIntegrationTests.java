package jp.itaku.audittrail;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

import static jp.itaku.audittrail.AuditTrailIntegrationTests.auditor;
import static jp.itaku.audittrail.AuditTrailIntegrationTests.changed;
import static jp.itaku.audittrail.AuditTrailIntegrationTests.newRecordId;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/audit-trail}: who may read what, and the filters.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailApiIntegrationTests {

	private static final String TRAIL = "/api/v1/audit-trail";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Clock clock;

	@Test
	void anAuditorReadsTheWholeTrail() throws Exception {
		this.events.publishEvent(changed(newRecordId(), "admin", "x"));

		this.mvc.perform(get(TRAIL).with(auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.size").value(50))
			.andExpect(jsonPath("$.page.totalPages").isNumber())
			.andExpect(jsonPath("$.content[0].id").isNumber());
	}

	@Test
	void theCommitteeAndAdministratorsReadTheWholeTrail() throws Exception {
		this.mvc.perform(get(TRAIL).with(user("committee").roles("COMMITTEE"))).andExpect(status().isOk());
		this.mvc.perform(get(TRAIL).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
	}

	@Test
	void aMemberReadsTheHistoryOfOneRecord() throws Exception {
		String recordId = newRecordId();
		this.events.publishEvent(changed(recordId, "member", "name: A → B"));

		this.mvc.perform(get(TRAIL).param("recordType", "test-record").param("recordId", recordId).with(member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)));
	}

	@Test
	void aMemberMayNotReadTheWholeTrail() throws Exception {
		this.mvc.perform(get(TRAIL).with(member())).andExpect(status().isForbidden());
		this.mvc.perform(get(TRAIL).param("recordType", "test-record").with(member()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aContractorMayNeverReadTheTrail() throws Exception {
		this.mvc.perform(get(TRAIL).param("recordType", "contractor").param("recordId", "any").with(contractor()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void anAnonymousCallerMustAuthenticate() throws Exception {
		this.mvc.perform(get(TRAIL)).andExpect(status().isUnauthorized());
		this.mvc.perform(get(TRAIL + "/verify")).andExpect(status().isUnauthorized());
	}

	@Test
	void onlyTheCommitteeAuditorsAndAdministratorsVerify() throws Exception {
		this.mvc.perform(get(TRAIL + "/verify").with(member())).andExpect(status().isForbidden());
		this.mvc.perform(get(TRAIL + "/verify").with(contractor())).andExpect(status().isForbidden());
		this.mvc.perform(get(TRAIL + "/verify").with(user("committee").roles("COMMITTEE"))).andExpect(status().isOk());
	}

	@Test
	void filtersByActor() throws Exception {
		String actor = "actor-" + newRecordId().substring(0, 8);
		this.events.publishEvent(changed(newRecordId(), actor, "one"));
		this.events.publishEvent(changed(newRecordId(), "someone-else", "two"));
		this.events.publishEvent(changed(newRecordId(), actor, "three"));

		this.mvc.perform(get(TRAIL).param("actor", actor).with(auditor()))
			.andExpect(jsonPath("$.content", hasSize(2)))
			.andExpect(jsonPath("$.content[*].actor", everyItem(is(actor))));
	}

	@Test
	void listsTheNewestFirstAndPages() throws Exception {
		String recordId = newRecordId();
		this.events.publishEvent(changed(recordId, "admin", "first"));
		this.events.publishEvent(changed(recordId, "admin", "second"));
		this.events.publishEvent(changed(recordId, "admin", "third"));

		this.mvc
			.perform(get(TRAIL).param("recordType", "test-record")
				.param("recordId", recordId)
				.param("size", "2")
				.with(auditor()))
			.andExpect(jsonPath("$.content[*].changes", is(java.util.List.of("third", "second"))))
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.page.totalPages").value(2));
		this.mvc
			.perform(get(TRAIL).param("recordType", "test-record")
				.param("recordId", recordId)
				.param("size", "2")
				.param("page", "1")
				.with(auditor()))
			.andExpect(jsonPath("$.content[*].changes", is(java.util.List.of("first"))));
	}

	@Test
	void filtersByPeriodIncludingItsLastDay() throws Exception {
		String recordId = newRecordId();
		this.events.publishEvent(changed(recordId, "admin", "today"));
		LocalDate today = LocalDate.now(this.clock);

		this.mvc.perform(byRecordIn(recordId, today, today)).andExpect(jsonPath("$.content", hasSize(1)));
		this.mvc.perform(byRecordIn(recordId, today.minusDays(7), today.minusDays(1)))
			.andExpect(jsonPath("$.content", hasSize(0)));
		this.mvc.perform(byRecordIn(recordId, today.plusDays(1), today.plusDays(7)))
			.andExpect(jsonPath("$.content", hasSize(0)));
	}

	@Test
	void acceptsThePeriodAsPeopleTypeIt() throws Exception {
		String recordId = newRecordId();
		this.events.publishEvent(changed(recordId, "admin", "today"));
		String today = LocalDate.now(this.clock).format(java.time.format.DateTimeFormatter.ofPattern("uuuu/M/d"));

		this.mvc
			.perform(get(TRAIL).param("recordType", "test-record")
				.param("recordId", recordId)
				.param("from", today)
				.param("to", today)
				.with(auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)));
	}

	@Test
	void refusesAnOverlongFilterWithAFieldError() throws Exception {
		this.mvc.perform(get(TRAIL).param("actor", "a".repeat(101)).with(auditor()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("actor"));
	}

	private org.springframework.test.web.servlet.RequestBuilder byRecordIn(String recordId, LocalDate from,
			LocalDate to) {
		return get(TRAIL).param("recordType", "test-record")
			.param("recordId", recordId)
			.param("from", from.toString())
			.param("to", to.toString())
			.with(auditor());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor member() {
		return user("member").roles("MEMBER");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor contractor() {
		return user("contractor").roles("CONTRACTOR");
	}

}
