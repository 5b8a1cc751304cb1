package jp.itaku.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class LockoutTests {

	static final String PASSWORD = "a-long-enough-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserAccountRepository repository;

	@Autowired
	ApplicationEvents events;

	@Test
	void fiveWrongPasswordsOverHttpBasicLockTheAccount() throws Exception {
		String username = member("basic");
		failBasic(username, 5);
		this.mvc.perform(get("/api/v1/no-such-endpoint").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(this.events.stream(AccountLocked.class)).singleElement()
			.satisfies((event) -> assertThat(event.username()).isEqualTo(username));
	}

	@Test
	void fourWrongPasswordsDoNotLock() throws Exception {
		String username = member("four");
		failBasic(username, 4);
		this.mvc.perform(get("/api/v1/no-such-endpoint").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() throws Exception {
		String username = member("reset");
		failBasic(username, 4);
		this.mvc.perform(get("/api/v1/no-such-endpoint").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isNotFound());
		failBasic(username, 4);
		this.mvc.perform(get("/api/v1/no-such-endpoint").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theLoginPageTellsTheOwnerThatTheAccountIsLocked() throws Exception {
		String username = member("form");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(username).password("wrong-password-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString("ロックされています")));
	}

	@Test
	void aWrongPasswordOnALockedAccountLooksLikeAnyWrongPassword() throws Exception {
		String username = member("hidden");
		failBasic(username, 5);
		this.mvc.perform(formLogin().user(username).password("still-wrong")).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void unknownUserNamesAreNeverReportedAsLocked() throws Exception {
		for (int i = 0; i < 6; i++) {
			this.mvc.perform(formLogin().user("nobody-by-this-name").password("whatever-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("ユーザー名またはパスワードが正しくありません")))
			.andExpect(content().string(not(containsString("ロックされています"))));
	}

	@Test
	void anAdministratorCanUnlock() throws Exception {
		String username = member("unlock");
		failBasic(username, 5);
		UserAccount account = this.repository.findByUsername(username).orElseThrow();
		this.mvc
			.perform(post("/api/v1/users/" + account.getId() + "/unlock")
				.with(httpBasic("admin", UserApiTests.ADMIN_PASSWORD))
				.contentType("application/json")
				.content("{\"version\":" + account.getVersion() + "}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/no-such-endpoint").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isNotFound());
		assertThat(this.events.stream(AccountUnlocked.class)).singleElement()
			.satisfies((event) -> assertThat(event.actor()).isEqualTo("admin"));
	}

	private void failBasic(String username, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			this.mvc.perform(get("/api/v1/no-such-endpoint").with(httpBasic(username, "wrong-password-" + i)))
				.andExpect(status().isUnauthorized());
		}
	}

	private String member(String prefix) {
		String username = UserApiTests.unique(prefix);
		this.accounts.createLocal(username, "利用者", PASSWORD, Set.of(Role.MEMBER), null);
		return username;
	}

}
