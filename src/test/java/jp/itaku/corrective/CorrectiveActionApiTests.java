package jp.itaku.corrective;

import java.util.UUID;

import jp.itaku.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static jp.itaku.corrective.CorrectiveFixtures.as;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The corrective action API per role: who reads, who acts, who verifies. */
@SpringBootTest
@AutoConfigureMockMvc
class CorrectiveActionApiTests {

	private static final String API = "/api/v1/corrective-actions";

	@Autowired
	MockMvc mvc;

	@Autowired
	CorrectiveActions actions;

	private UUID opened(String assignee, int dueInDays) {
		return as("evaluator", () -> this.actions.open(CorrectiveFixtures.evaluation(UUID.randomUUID()), null,
				"再委託先の一覧を提出させる", assignee, this.actions.today().plusDays(dueInDays)), Role.MEMBER);
	}

	private static RequestPostProcessor member(String name) {
		return user(name).roles("MEMBER");
	}

	private ResultActions step(UUID id, String step, RequestPostProcessor who, String body) throws Exception {
		return this.mvc
			.perform(post(API + "/{id}/" + step, id).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private UUID doneBy(String assignee) throws Exception {
		UUID id = opened(assignee, 10);
		step(id, "start", member(assignee), "{\"version\":0}").andExpect(status().isOk());
		step(id, "done", member(assignee), "{\"version\":1,\"note\":\"一覧を受領\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"));
		return id;
	}

	@Test
	void anAuditorListsOverdueActionsOnly() throws Exception {
		UUID late = opened("api-ca-list", -4);
		UUID onTime = opened("api-ca-list", 4);
		this.mvc.perform(
				get(API).param("overdue", "true").param("assignee", "api-ca-list").with(user("aud").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(hasItem(late.toString())))
			.andExpect(jsonPath("$.content[*].id").value(not(hasItem(onTime.toString()))))
			.andExpect(jsonPath("$.content[*].overdue").value(everyItem(is(true))));
	}

	@Test
	void aContractorAccountMayNotReadCorrectiveActions() throws Exception {
		this.mvc.perform(get(API).with(user("rep").roles("CONTRACTOR")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aContractorAccountMayNotReadOneAction() throws Exception {
		UUID id = opened("api-ca-hidden", 3);
		this.mvc.perform(get(API + "/{id}", id).with(user("rep").roles("CONTRACTOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAnonymousCallerMustSignIn() throws Exception {
		this.mvc.perform(get(API)).andExpect(status().isUnauthorized());
	}

	@Test
	void aMemberRecordsAnActionByHand() throws Exception {
		this.mvc
			.perform(post(API).with(member("api-ca-recorder"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"requirementId\":\"SEL-04\",\"what\":\"秘密保持誓約書を再取得する\",\"assignee\":\"admin\","
						+ "\"dueOn\":\"2030-01-31\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(API + "/")))
			.andExpect(jsonPath("$.sourceType").value("manual"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.openedBy").value("api-ca-recorder"));
	}

	@Test
	void anActionByHandNeedsAKnownInternalAssignee() throws Exception {
		this.mvc
			.perform(post(API).with(member("api-ca-recorder"))
				.header("Accept-Language", "ja")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"requirementId\":\"SEL-04\",\"what\":\"x\",\"assignee\":\"nobody-here\","
						+ "\"dueOn\":\"2030-01-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assignee"))
			.andExpect(jsonPath("$.errors[0].message").value("担当者には有効な社内利用者を指定してください。"));
	}

	@Test
	void anAuditorMayNotRecordAnAction() throws Exception {
		this.mvc.perform(post(API).with(user("aud").roles("AUDITOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"requirementId\":\"SEL-04\",\"what\":\"x\",\"assignee\":\"admin\",\"dueOn\":\"2030-01-31\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyTheAssigneeStartsIt() throws Exception {
		UUID id = opened("api-ca-owner", 5);
		step(id, "start", member("api-ca-other"), "{\"version\":0}").andExpect(status().isForbidden());
		step(id, "start", member("api-ca-owner"), "{\"version\":0}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void whoeverMarkedItDoneMayNotVerifyItAndIsToldWhy() throws Exception {
		UUID id = doneBy("api-ca-doer");
		this.mvc
			.perform(post(API + "/{id}/verify", id).with(member("api-ca-doer"))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":2}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Whoever reported the corrective action done may not verify it. "
					+ "Someone else must verify it."));
	}

	@Test
	void anotherMemberVerifiesIt() throws Exception {
		UUID id = doneBy("api-ca-done");
		step(id, "verify", member("api-ca-checker"), "{\"version\":2,\"note\":\"確認済み\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED"))
			.andExpect(jsonPath("$.history[3].step").value("VERIFIED"))
			.andExpect(jsonPath("$.history[3].actor").value("api-ca-checker"));
	}

	@Test
	void aCommitteeMemberSendsItBackWithAReason() throws Exception {
		UUID id = doneBy("api-ca-back");
		step(id, "reject", user("api-ca-committee").roles("COMMITTEE"), "{\"version\":2,\"reason\":\"署名がない\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.history[3].note").value("署名がない"));
	}

	@Test
	void sendingBackWithoutAReasonIsABadRequest() throws Exception {
		UUID id = doneBy("api-ca-noreason");
		step(id, "reject", member("api-ca-checker"), "{\"version\":2,\"reason\":\"\"}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void anAuditorMayNotVerify() throws Exception {
		UUID id = doneBy("api-ca-audited");
		step(id, "verify", user("aud").roles("AUDITOR"), "{\"version\":2}").andExpect(status().isForbidden());
	}

	@Test
	void aStepOnAnOlderVersionIsAConflict() throws Exception {
		UUID id = opened("api-ca-twice", 5);
		step(id, "start", member("api-ca-twice"), "{\"version\":0}").andExpect(status().isOk());
		step(id, "done", member("api-ca-twice"), "{\"version\":0}").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void verifyingAnActionNotDoneIsAConflict() throws Exception {
		UUID id = opened("api-ca-early", 5);
		step(id, "verify", member("api-ca-checker"), "{\"version\":0}").andExpect(status().isConflict());
	}

	@Test
	void anUnknownActionIsNotFound() throws Exception {
		this.mvc.perform(get(API + "/{id}", UUID.randomUUID()).with(member("m"))).andExpect(status().isNotFound());
	}

}
