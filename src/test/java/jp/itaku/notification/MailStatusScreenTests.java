package jp.itaku.notification;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's mail status page when no mail server is configured (the default in
 * tests; the configured case is in {@link NotificationMailIntegrationTests}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class MailStatusScreenTests {

	@Autowired
	MockMvc mvc;

	@Test
	void tellsTheAdministratorThatMailIsNotConfigured() throws Exception {
		this.mvc.perform(get("/notifications/mail").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"mail-not-configured\"")))
			.andExpect(content().string(containsString("itaku@localhost")))
			.andExpect(content().string(containsString("http://localhost:8080")));
	}

	@Test
	void isForAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/notifications/mail").with(user("committee").roles("COMMITTEE")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTestMailWithoutAMailServerIsRefusedWithAClearMessage() throws Exception {
		this.mvc.perform(post("/notifications/mail/test").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("メール送信が設定されていないため、テストメールを送れません。")));
	}

	@Test
	void aTestMailNeedsTheCsrfToken() throws Exception {
		this.mvc.perform(post("/notifications/mail/test").with(user("admin").roles("ADMIN")))
			.andExpect(status().isForbidden());
	}

}
