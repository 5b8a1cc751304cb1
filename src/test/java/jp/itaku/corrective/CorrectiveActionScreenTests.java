package jp.itaku.corrective;

import java.util.UUID;

import jp.itaku.contractor.Contractors;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static jp.itaku.corrective.CorrectiveFixtures.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The corrective action screens in Japanese and English, their forms and the contractor
 * tab.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CorrectiveActionScreenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CorrectiveActions actions;

	@Autowired
	CorrectiveWork work;

	@Autowired
	Contractors contractors;

	private UUID opened(UUID contractorId, String what, String assignee, int dueInDays) {
		return as("evaluator", () -> this.actions.open(CorrectiveFixtures.evaluation(UUID.randomUUID()), contractorId,
				what, assignee, this.actions.today().plusDays(dueInDays)), Role.MEMBER);
	}

	private UUID doneBy(String assignee) {
		UUID id = opened(null, "アクセス権の棚卸しを実施させる", assignee, 5);
		as(assignee, () -> this.work.start(id, 0), Role.MEMBER);
		as(assignee, () -> this.work.markDone(id, 1, null), Role.MEMBER);
		return id;
	}

	private static RequestPostProcessor member(String name) {
		return user(name).roles("MEMBER");
	}

	@Test
	void theListShowsAnOverdueActionHighlightedInJapanese() throws Exception {
		UUID id = opened(null, "委託先の脆弱性診断結果を確認する", "screen-ca-late", -2);
		this.mvc.perform(get("/corrective-actions").param("assignee", "screen-ca-late").with(member("m")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("是正処置一覧"), containsString("data-action-id=\"" + id + "\""),
					containsString("table-danger"), containsString("期限超過"), containsString("未着手"))));
	}

	@Test
	void theListSpeaksEnglishWhenAskedTo() throws Exception {
		opened(null, "Check the supplier's test report", "screen-ca-en", -2);
		this.mvc
			.perform(get("/corrective-actions").param("assignee", "screen-ca-en")
				.header("Accept-Language", "en")
				.with(member("m")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Corrective actions"), containsString("Overdue"),
					containsString("Open"), not(containsString("是正処置一覧")))));
	}

	@Test
	void htmxGetsOnlyTheResults() throws Exception {
		this.mvc.perform(get("/corrective-actions").header("HX-Request", "true").with(member("m")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"corrective-results\""),
					not(containsString("id=\"corrective-search\"")))));
	}

	@Test
	void aContractorAccountMayNotSeeTheList() throws Exception {
		this.mvc.perform(get("/corrective-actions").with(user("rep").roles("CONTRACTOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDetailPageEscapesWhatWasTyped() throws Exception {
		UUID id = opened(null, "<script>alert('x')</script>", "screen-ca-xss", 3);
		this.mvc.perform(get("/corrective-actions/{id}", id).with(member("m")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;"), not(containsString("<script>alert")))));
	}

	@Test
	void theAssigneeSeesTheStartFormWithItsCsrfToken() throws Exception {
		UUID id = opened(null, "委託先に是正計画を求める", "screen-ca-own", 3);
		this.mvc.perform(get("/corrective-actions/{id}", id).with(member("screen-ca-own")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"corrective-start\""), containsString("name=\"_csrf\""))));
	}

	@Test
	void someoneElseSeesNoStartForm() throws Exception {
		UUID id = opened(null, "委託先に是正計画を求める", "screen-ca-own", 3);
		this.mvc.perform(get("/corrective-actions/{id}", id).with(member("screen-ca-stranger")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"corrective-start\""))));
	}

	@Test
	void aFormPostedWithoutCsrfTokenIsRefused() throws Exception {
		UUID id = opened(null, "委託先に是正計画を求める", "screen-ca-csrf", 3);
		this.mvc
			.perform(post("/corrective-actions/{id}/start", id).param("version", "0").with(member("screen-ca-csrf")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAssigneeStartsFromThePage() throws Exception {
		UUID id = opened(null, "委託先に是正計画を求める", "screen-ca-start", 3);
		this.mvc
			.perform(post("/corrective-actions/{id}/start", id).param("version", "0")
				.with(member("screen-ca-start"))
				.with(csrf()))
			.andExpect(redirectedUrl("/corrective-actions/" + id))
			.andExpect(flash().attribute("notice", "corrective.notice.started"));
	}

	@Test
	void theDoerTryingToVerifyIsToldWhy() throws Exception {
		UUID id = doneBy("screen-ca-doer");
		this.mvc
			.perform(post("/corrective-actions/{id}/verify", id).param("version", "2")
				.with(member("screen-ca-doer"))
				.with(csrf()))
			.andExpect(redirectedUrl("/corrective-actions/" + id))
			.andExpect(flash().attribute("problem", "corrective.error.verifierIsDoer"));
	}

	@Test
	void theDoerSeesNoVerifyFormButThatItAwaitsSomeoneElse() throws Exception {
		UUID id = doneBy("screen-ca-waiting");
		this.mvc.perform(get("/corrective-actions/{id}", id).with(member("screen-ca-waiting")))
			.andExpect(content()
				.string(allOf(not(containsString("id=\"corrective-verify\"")), containsString("別の担当者による検証を待っています"))));
	}

	@Test
	void sendingBackWithoutAReasonSaysWhatIsMissing() throws Exception {
		UUID id = doneBy("screen-ca-reason");
		this.mvc
			.perform(post("/corrective-actions/{id}/reject", id).param("version", "2")
				.param("reason", " ")
				.with(member("screen-ca-checker"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("差し戻しの理由を入力してください。"), containsString("完了（検証待ち）"))));
	}

	@Test
	void aStaleFormIsAConflictMessage() throws Exception {
		UUID id = opened(null, "委託先に是正計画を求める", "screen-ca-stale", 3);
		as("screen-ca-stale", () -> this.work.start(id, 0), Role.MEMBER);
		this.mvc
			.perform(post("/corrective-actions/{id}/start", id).param("version", "0")
				.with(member("screen-ca-stale"))
				.with(csrf()))
			.andExpect(flash().attribute("problem", "corrective.error.concurrent"));
	}

	@Test
	void theContractorsTabListsItsOpenActionsOverdueHighlighted() throws Exception {
		UUID contractor = as("member", () -> this.contractors.register(CorrectiveFixtures.contractor("是正タブ株式会社")),
				Role.MEMBER)
			.getId();
		opened(contractor, "入退室記録の提出を求める", "screen-ca-tab", -1);
		this.mvc.perform(get("/contractors/{id}", contractor).param("tab", "corrective-actions").with(member("m")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"corrective-tab-table\""),
					containsString("入退室記録の提出を求める"), containsString("table-danger"))));
	}

}
