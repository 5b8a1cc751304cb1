package jp.itaku.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class LanguageAndNavigationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theLoginPageSwitchesToEnglishAndRemembersIt() throws Exception {
		Cookie lang = this.mvc.perform(get("/login").param("lang", "en").header("Accept-Language", "ja"))
			.andExpect(content().string(containsString("Sign in")))
			.andExpect(cookie().value(ItakuLocaleResolver.COOKIE, "en"))
			.andReturn()
			.getResponse()
			.getCookie(ItakuLocaleResolver.COOKIE);
		this.mvc.perform(get("/login").cookie(lang).header("Accept-Language", "ja"))
			.andExpect(content().string(containsString("Sign in")));
	}

	@Test
	void theLoginPageOffersTheLanguageSwitch() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(content().string(containsString("/login?lang=en")))
			.andExpect(content().string(containsString("/login?lang=ja")));
	}

	@Test
	void aFrenchBrowserGetsJapanese() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "fr-FR,fr;q=0.9"))
			.andExpect(content().string(containsString("ユーザー名")));
	}

	@Test
	void withoutSingleSignOnConfiguredTheLoginPageOffersNone() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(content().string(not(containsString("/oauth2/authorization"))))
			.andExpect(content().string(not(containsString("シングルサインオン"))));
	}

	@Test
	void withoutSingleSignOnConfiguredABearerTokenIsNotAccepted() throws Exception {
		this.mvc.perform(get("/api/v1/users").header("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theNavigationBarShowsTheUserAndTheirPreferencesLink() throws Exception {
		this.mvc.perform(get("/").with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"current-user\">member<")))
			.andExpect(content().string(containsString("href=\"/preferences\"")))
			.andExpect(content().string(containsString("/preferences/language")))
			.andExpect(content().string(not(containsString("id=\"nav-users\""))));
	}

	@Test
	void theNavigationBarOffersUserAdministrationToAdministrators() throws Exception {
		this.mvc.perform(get("/").with(user("boss").roles("ADMIN")))
			.andExpect(content().string(containsString("id=\"nav-users\"")));
	}

}
