package jp.itaku.regulation;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
 * The revision screens: the acknowledgement banner and button (規程 8 PUB-01), the
 * committee's acknowledgement view, filing a change and recording the yearly review (規程
 * 9).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RevisionScreenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Regulation regulation;

	@Test
	void aMemberSeesTheBannerUntilTheyAcknowledgeTheVersionInForce() throws Exception {
		RequestPostProcessor reader = user("reader-" + UUID.randomUUID()).roles("MEMBER");
		int number = this.regulation.inForce().orElseThrow().number();
		this.mvc.perform(get("/").with(reader))
			.andExpect(content().string(containsString("id=\"regulation-banner\"")))
			.andExpect(content().string(containsString("をまだ確認していません")));
		this.mvc.perform(post("/regulation/versions/{n}/acknowledge", number).with(reader).with(csrf()))
			.andExpect(redirectedUrl("/regulation/versions/" + number))
			.andExpect(flash().attribute("notice", "regulation.acknowledgement.notice.done"));
		this.mvc.perform(get("/").with(reader))
			.andExpect(content().string(not(containsString("id=\"regulation-banner\""))));
		this.mvc.perform(get("/regulation/versions/{n}", number).with(reader))
			.andExpect(content().string(containsString("id=\"acknowledged\"")));
	}

	@Test
	void contractorAccountsSeeNoBanner() throws Exception {
		this.mvc.perform(get("/").with(user("contractor-x").roles("CONTRACTOR")))
			.andExpect(content().string(not(containsString("id=\"regulation-banner\""))));
	}

	@Test
	void acknowledgingNeedsTheCsrfToken() throws Exception {
		this.mvc.perform(post("/regulation/versions/1/acknowledge").with(user("reader-y").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCommitteeSeesWhoHasNotAcknowledgedAndRemindsThem() throws Exception {
		int number = this.regulation.inForce().orElseThrow().number();
		String page = "/regulation/versions/" + number + "/acknowledgements";
		this.mvc.perform(get(page).with(user("committee-z").roles("COMMITTEE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-username=\"admin\"")))
			.andExpect(content().string(containsString("未確認")))
			.andExpect(content().string(containsString("id=\"remind\"")));
		this.mvc
			.perform(post(page.replace("acknowledgements", "reminders")).with(user("committee-z").roles("COMMITTEE"))
				.with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attributeExists("reminded"));
	}

	@Test
	void auditorsReadTheAcknowledgementsButOnlyTheCommitteeReminds() throws Exception {
		this.mvc.perform(get("/regulation/versions/1/acknowledgements").with(user("auditor-z").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"remind\""))));
		this.mvc.perform(post("/regulation/versions/1/reminders").with(user("auditor-z").roles("AUDITOR")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/regulation/versions/1/acknowledgements").with(user("member-z").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theChangeFormStartsFromTheTextInForceAndKeepsWhatWasTypedOnError() throws Exception {
		this.mvc.perform(get("/regulation/changes/new").with(user("member-f").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4.1\t委託先の選定に関する遵守事項")));
		this.mvc
			.perform(post("/regulation/changes").with(user("member-f").roles("MEMBER"))
				.with(csrf())
				.param("title", "")
				.param("reason", "<script>alert(1)</script>")
				.param("proposedText", "見出しのない本文"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("件名を 200 文字以内で入力してください。")))
			.andExpect(content().string(containsString("本文に節の見出し行")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
		this.mvc.perform(get("/regulation/changes/new").with(user("auditor-f").roles("AUDITOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCommitteeRecordsItsYearlyReview() throws Exception {
		String summary = "規程全体を審議し、変更不要と判断 " + UUID.randomUUID();
		this.mvc
			.perform(post("/regulation/reviews").with(user("committee-r").roles("COMMITTEE"))
				.with(csrf())
				.param("reviewedOn", "R8.11.20")
				.param("outcome", "NO_CHANGE")
				.param("summary", summary))
			.andExpect(redirectedUrl("/regulation/reviews"));
		this.mvc.perform(get("/regulation/reviews").with(user("member-r").roles("MEMBER")))
			.andExpect(content().string(containsString(summary)))
			.andExpect(content().string(not(containsString("id=\"review-form\""))));
	}

	@Test
	void aReviewThatRequestsChangesMustNameThemAndOnlyTheCommitteeRecords() throws Exception {
		this.mvc
			.perform(post("/regulation/reviews").with(user("committee-r").roles("COMMITTEE"))
				.with(csrf())
				.param("reviewedOn", "2026-11-20")
				.param("outcome", "CHANGES_REQUESTED")
				.param("summary", "4.2 の見直しが必要"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("この見直しによる変更申請を選んでください")));
		this.mvc
			.perform(post("/regulation/reviews").with(user("member-r").roles("MEMBER"))
				.with(csrf())
				.param("reviewedOn", "2026-11-20")
				.param("outcome", "NO_CHANGE")
				.param("summary", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theRevisionScreensSpeakEnglishOnRequest() throws Exception {
		this.mvc
			.perform(get("/regulation/changes").with(user("member-e").roles("MEMBER")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Change requests")))
			.andExpect(content().string(containsString("Yearly review")));
	}

}
