package jp.itaku.duty;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class DutyApiTests {

	private static final String API = "/api/v1/duties";

	private static final RequestPostProcessor AUDITOR = user("auditor-a").roles("AUDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	Duties duties;

	private UUID overdueOf(DutyOwner owner) {
		return this.duties.schedule(DutyFixtures.reevaluation(owner, this.duties.today(), -30));
	}

	private ResultActions complete(UUID id, RequestPostProcessor who, long version) throws Exception {
		return this.mvc.perform(post(API + "/{id}/complete", id).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + ",\"note\":\"再評価を実施\"}"));
	}

	@Test
	void aMemberListsOverdueDutiesOnly() throws Exception {
		UUID overdue = overdueOf(DutyOwner.user("api-owner"));
		UUID planned = this.duties
			.schedule(DutyFixtures.reevaluation(DutyOwner.user("api-owner"), this.duties.today(), 90));
		this.mvc.perform(get(API).param("status", "OVERDUE").param("size", "100").with(user("m").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(hasItem(overdue.toString())))
			.andExpect(jsonPath("$.content[*].id").value(not(hasItem(planned.toString()))))
			.andExpect(jsonPath("$.content[*].status").value(everyItem(is("OVERDUE"))))
			.andExpect(jsonPath("$.page.size").value(100));
	}

	@Test
	void filtersByOwnerAndRequirement() throws Exception {
		UUID mine = this.duties
			.schedule(DutyFixtures.reevaluation(DutyOwner.user("api-filter"), this.duties.today(), 5, "SEL-03"));
		this.mvc.perform(get(API).param("owner", "api-filter").param("requirement", "SEL-03").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(hasItem(mine.toString())))
			.andExpect(jsonPath("$.content[*].owner").value(everyItem(is("api-filter"))))
			.andExpect(jsonPath("$.content[0].title").value("翠嶺システムズ株式会社 の再評価（基準適合の見直し）"));
	}

	@Test
	void theTitleFollowsTheCallersLanguage() throws Exception {
		UUID id = overdueOf(DutyOwner.user("api-lang"));
		this.mvc.perform(get(API + "/{id}", id).header("Accept-Language", "en").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.duty.title").value("Re-evaluate 翠嶺システムズ株式会社 against the selection criteria"));
	}

	@Test
	void aContractorAccountMayNotReadDuties() throws Exception {
		this.mvc.perform(get(API).with(user("c").roles("CONTRACTOR")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anAnonymousCallerMustSignIn() throws Exception {
		this.mvc.perform(get(API)).andExpect(status().isUnauthorized());
	}

	@Test
	void theOwnerCompletesADutyAndTheNextOccurrenceIsScheduled() throws Exception {
		UUID id = overdueOf(DutyOwner.user("api-done"));
		complete(id, user("api-done").roles("MEMBER"), 0).andExpect(status().isOk())
			.andExpect(jsonPath("$.duty.occurrence").value(2))
			.andExpect(jsonPath("$.duty.status").value("PLANNED"))
			.andExpect(jsonPath("$.history[0].actor").value("api-done"))
			.andExpect(jsonPath("$.history[0].note").value("再評価を実施"));
	}

	@Test
	void anotherMemberMayNotCompleteSomeoneElsesDuty() throws Exception {
		UUID id = overdueOf(DutyOwner.user("api-someone"));
		complete(id, user("api-other").roles("MEMBER"), 0).andExpect(status().isForbidden());
	}

	@Test
	void anyCommitteeMemberCompletesTheCommitteesDuty() throws Exception {
		UUID id = overdueOf(DutyOwner.committee());
		complete(id, user("api-committee").roles("COMMITTEE", "MEMBER"), 0).andExpect(status().isOk());
	}

	@Test
	void aMemberOutsideTheCommitteeMayNotCompleteTheCommitteesDuty() throws Exception {
		UUID id = overdueOf(DutyOwner.committee());
		complete(id, user("api-member").roles("MEMBER"), 0).andExpect(status().isForbidden());
	}

	@Test
	void anAuditorReadsButMayNotComplete() throws Exception {
		UUID id = overdueOf(DutyOwner.user("auditor-a"));
		this.mvc.perform(get(API + "/{id}", id).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.canComplete").value(false));
		complete(id, AUDITOR, 0).andExpect(status().isForbidden());
	}

	@Test
	void aSecondCompletionOfTheSameVersionIsAConflict() throws Exception {
		UUID id = overdueOf(DutyOwner.user("api-twice"));
		complete(id, user("api-twice").roles("MEMBER"), 0).andExpect(status().isOk());
		complete(id, user("api-twice").roles("MEMBER"), 0).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anOverlongNoteIsABadRequest() throws Exception {
		UUID id = overdueOf(DutyOwner.user("api-long"));
		this.mvc
			.perform(post(API + "/{id}/complete", id).with(user("api-long").roles("MEMBER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"note\":\"" + "x".repeat(2001) + "\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anUnknownStatusIsABadRequest() throws Exception {
		this.mvc.perform(get(API).param("status", "LATE").with(AUDITOR)).andExpect(status().isBadRequest());
	}

	@Test
	void sortsByRequirementOnTheServer() throws Exception {
		this.duties.schedule(DutyFixtures.reevaluation(DutyOwner.user("api-sort"), this.duties.today(), 5, "SEL-03"));
		this.duties.schedule(DutyFixtures.reevaluation(DutyOwner.user("api-sort"), this.duties.today(), 5, "MGT-01"));
		this.mvc.perform(get(API).param("owner", "api-sort").param("sort", "requirement").with(AUDITOR))
			.andExpect(jsonPath("$.content[0].requirementId").value("MGT-01"))
			.andExpect(jsonPath("$.content[1].requirementId").value("SEL-03"));
	}

	@Test
	void anUnknownDutyIsNotFound() throws Exception {
		this.mvc.perform(get(API + "/{id}", UUID.randomUUID()).with(AUDITOR)).andExpect(status().isNotFound());
	}

}
