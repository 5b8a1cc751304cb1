package jp.itaku.corrective;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Recording a corrective action by hand on its form. */
@SpringBootTest
@AutoConfigureMockMvc
class CorrectiveFormTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aMemberRecordsAnActionAndLandsOnItsPage() throws Exception {
		this.mvc
			.perform(post("/corrective-actions").param("requirementId", "SEL-04")
				.param("what", "委託先の事業継続計画を確認する")
				.param("assignee", "admin")
				.param("dueOn", "2030-03-31")
				.with(user("form-member").roles("MEMBER"))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/corrective-actions/*"))
			.andExpect(flash().attribute("notice", "corrective.notice.opened"));
	}

	@Test
	void aMissingWhatIsShownBesideItsFieldKeepingWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/corrective-actions").param("requirementId", "SEL-04")
				.param("what", " ")
				.param("assignee", "admin")
				.param("dueOn", "2030-03-31")
				.with(user("form-member").roles("MEMBER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"what-error\""), containsString("入力してください。"),
					containsString("value=\"2030-03-31\""))));
	}

	@Test
	void anAssigneeWhoIsNoInternalUserIsRefused() throws Exception {
		this.mvc
			.perform(post("/corrective-actions").param("requirementId", "SEL-04")
				.param("what", "x")
				.param("assignee", "no-such-user")
				.param("dueOn", "2030-03-31")
				.header("Accept-Language", "en")
				.with(user("form-member").roles("MEMBER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"assignee-error\""),
					containsString("Choose an enabled internal user as the assignee."))));
	}

	@Test
	void theFormOffersTheInternalUsersAsAssignees() throws Exception {
		this.mvc.perform(get("/corrective-actions/new").with(user("form-member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"corrective-form\""),
					containsString("value=\"admin\""), containsString("name=\"_csrf\""))));
	}

	@Test
	void anAuditorMayNotOpenTheForm() throws Exception {
		this.mvc.perform(get("/corrective-actions/new").with(user("aud").roles("AUDITOR")))
			.andExpect(status().isForbidden());
	}

}
