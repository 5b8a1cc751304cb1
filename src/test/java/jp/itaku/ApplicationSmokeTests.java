package jp.itaku;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ApplicationSmokeTests {

	@Autowired
	MockMvc mvc;

	@Test
	void loginPageIsInJapaneseByDefault() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ログイン")))
			.andExpect(content().string(containsString("ユーザー名")));
	}

	@Test
	void loginPageFollowsAnEnglishBrowser() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in")));
	}

	@Test
	void healthIsUp() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void screensRedirectAnonymousVisitorsToTheLoginPage() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void apiAnswersAnonymousCallsWithProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/contractors"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void initialAdministratorSignsInWithTheConfiguredPassword() throws Exception {
		this.mvc.perform(get("/api/v1/no-such-endpoint").with(httpBasic("admin", "test-admin-password")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/no-such-endpoint").with(httpBasic("admin", "wrong")))
			.andExpect(status().isUnauthorized());
	}

}
