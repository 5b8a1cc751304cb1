package jp.itaku.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PreferencesApiTests {

	static final String PASSWORD = "a-long-enough-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Test
	void anyRoleReadsAndChoosesItsOwnPreferences() throws Exception {
		String username = account(Role.AUDITOR);
		this.mvc.perform(get("/api/v1/preferences").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.dateStyle").value("ISO"));
		this.mvc
			.perform(put("/api/v1/preferences").with(httpBasic(username, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"language\":\"en\",\"dateStyle\":\"WAREKI\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.dateStyle").value("WAREKI"));
	}

	@Test
	void refusesAnUnsupportedLanguage() throws Exception {
		String username = account(Role.MEMBER);
		this.mvc
			.perform(put("/api/v1/preferences").with(httpBasic(username, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"language\":\"fr\",\"dateStyle\":\"ISO\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("language"));
	}

	@Test
	void refusesAPasswordChangeWithoutTheCurrentPassword() throws Exception {
		String username = account(Role.CONTRACTOR);
		this.mvc
			.perform(post("/api/v1/preferences/password").with(httpBasic(username, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"guess-guess-guess\",\"newPassword\":\"another-long-password\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
	}

	@Test
	void answersAnonymousCallsWith401() throws Exception {
		this.mvc.perform(get("/api/v1/preferences")).andExpect(status().isUnauthorized());
	}

	private String account(Role role) {
		String username = UserApiTests.unique("api-prefs");
		this.accounts.createLocal(username, "設定", PASSWORD, Set.of(role),
				(role == Role.CONTRACTOR) ? java.util.UUID.randomUUID() : null);
		return username;
	}

}
