package jp.itaku.identity;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PreferencesControllerTests {

	static final String PASSWORD = "a-long-enough-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserAccountRepository repository;

	@Test
	void aWarekiUserSeesWareki() throws Exception {
		Cookie session = signIn(member());
		this.mvc.perform(
				post("/preferences").cookie(session).with(csrf()).param("language", "").param("dateStyle", "WAREKI"))
			.andExpect(redirectedUrl("/preferences?saved"));
		this.mvc.perform(get("/preferences").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*id=\"today\">[^<]*(令和|平成)(\\d+|元)年\\d+月\\d+日<.*")));
	}

	@Test
	void anIsoUserSeesIso() throws Exception {
		Cookie session = signIn(member());
		this.mvc.perform(get("/preferences").cookie(session))
			.andExpect(content().string(matchesPattern("(?s).*id=\"today\">[^<]*\\d{4}-\\d{2}-\\d{2}<.*")));
	}

	@Test
	void theChosenLanguageWinsOverTheBrowser() throws Exception {
		Cookie session = signIn(member());
		this.mvc
			.perform(
					post("/preferences").cookie(session).with(csrf()).param("language", "en").param("dateStyle", "ISO"))
			.andExpect(redirectedUrl("/preferences?saved"));
		this.mvc.perform(get("/preferences").cookie(session).header("Accept-Language", "ja-JP,ja;q=0.9"))
			.andExpect(content().string(containsString("Preferences")));
	}

	@Test
	void theNavigationBarSwitchStoresTheLanguageAndReturnsToThePage() throws Exception {
		String username = member();
		Cookie session = signIn(username);
		this.mvc
			.perform(post("/preferences/language").cookie(session)
				.with(csrf())
				.param("language", "en")
				.header("Referer", "http://localhost/admin/users?q=x"))
			.andExpect(redirectedUrl("/admin/users?q=x"));
		assertThat(this.repository.findByUsername(username).orElseThrow().getLocale()).isEqualTo("en");
		this.mvc.perform(get("/preferences").cookie(session)).andExpect(content().string(containsString("Sign out")));
	}

	@Test
	void theLanguageSwitchNeverRedirectsToAnotherSite() {
		assertThat(PreferencesController.returnPath("https://evil.example/phish")).isEqualTo("/phish");
		assertThat(PreferencesController.returnPath("//evil.example/x")).isEqualTo("/x");
		assertThat(PreferencesController.returnPath(null)).isEqualTo("/");
	}

	@Test
	void changesTheOwnPasswordWhenTheCurrentOneIsGiven() throws Exception {
		String username = member();
		Cookie session = signIn(username);
		this.mvc
			.perform(post("/preferences/password").cookie(session)
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "a-brand-new-password")
				.param("confirmation", "a-brand-new-password"))
			.andExpect(redirectedUrl("/preferences?passwordChanged"));
		this.mvc.perform(formLogin().user(username).password("a-brand-new-password")).andExpect(redirectedUrl("/"));
	}

	@Test
	void refusesAPasswordChangeWithAWrongCurrentPassword() throws Exception {
		String username = member();
		Cookie session = signIn(username);
		this.mvc
			.perform(post("/preferences/password").cookie(session)
				.with(csrf())
				.param("currentPassword", "not-my-password")
				.param("newPassword", "a-brand-new-password")
				.param("confirmation", "a-brand-new-password"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("passwordForm", "currentPassword"));
		this.mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	private String member() {
		String username = UserApiTests.unique("prefs");
		this.accounts.createLocal(username, "設定 太郎", PASSWORD, Set.of(Role.MEMBER), null);
		return username;
	}

	/** The session cookie of a fresh sign-in (sessions live in Spring Session JDBC). */
	private Cookie signIn(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
