package jp.itaku.identity;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
class UserAdminControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserAccountRepository repository;

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "MEMBER", "COMMITTEE", "AUDITOR", "CONTRACTOR" })
	void theScreenIsForbiddenToEveryRoleButAdmin(Role role) throws Exception {
		this.mvc.perform(get("/admin/users").with(user("someone").roles(role.name())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users").with(user("someone").roles(role.name()))
				.with(csrf())
				.param("username", UserApiTests.unique("x"))
				.param("displayName", "x")
				.param("roles", "ADMIN"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection());
	}

	@Test
	void listsAccountsWithTheirRolesInJapanese() throws Exception {
		this.mvc.perform(get("/admin/users").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("利用者管理")))
			.andExpect(content().string(containsString("システム管理者")));
	}

	@Test
	void listsAccountsInEnglishForAnEnglishBrowser() throws Exception {
		this.mvc.perform(get("/admin/users").with(admin()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("System administrator")));
	}

	@Test
	void createsAnAccountAndShowsTheOneTimePasswordOnce() throws Exception {
		String username = UserApiTests.unique("newcomer");
		this.mvc
			.perform(post("/admin/users").with(admin())
				.with(csrf())
				.param("username", username)
				.param("displayName", "新人 一郎")
				.param("roles", "MEMBER"))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/users/password"))
			.andExpect(model().attributeExists("oneTimePassword"))
			.andExpect(content().string(containsString("一度だけ表示")));
		assertThat(this.accounts.exists(username)).isTrue();
	}

	@Test
	void showsFieldErrorsAndCreatesNothing() throws Exception {
		String username = UserApiTests.unique("bad");
		this.mvc
			.perform(post("/admin/users").with(admin())
				.with(csrf())
				.param("username", username)
				.param("displayName", "")
				.param("roles", "CONTRACTOR")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/users/form"))
			.andExpect(model().attributeHasFieldErrors("userForm", "displayName"));
		assertThat(this.accounts.exists(username)).isFalse();
	}

	@Test
	void aStaleEditShowsTheConflictMessageAndKeepsWhatWasTyped() throws Exception {
		UUID id = this.accounts.createLocal(UserApiTests.unique("stale"), "元の名前", "a-long-enough-password",
				Set.of(Role.MEMBER), null);
		long version = this.repository.findById(id).orElseThrow().getVersion();
		this.mvc
			.perform(post("/admin/users/" + id).with(admin())
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("displayName", "最初の変更")
				.param("roles", "MEMBER"))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		this.mvc
			.perform(post("/admin/users/" + id).with(admin())
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("displayName", "遅れた変更")
				.param("roles", "MEMBER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の利用者が先に更新しました")))
			.andExpect(content().string(containsString("遅れた変更")));
		assertThat(this.repository.findById(id).orElseThrow().getDisplayName()).isEqualTo("最初の変更");
	}

	@Test
	void disablesAnAccountFromTheScreen() throws Exception {
		UUID id = this.accounts.createLocal(UserApiTests.unique("off"), "停止", "a-long-enough-password",
				Set.of(Role.MEMBER), null);
		long version = this.repository.findById(id).orElseThrow().getVersion();
		this.mvc
			.perform(post("/admin/users/" + id + "/disable").with(admin())
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		assertThat(this.repository.findById(id).orElseThrow().isEnabled()).isFalse();
	}

	private RequestPostProcessor admin() {
		UserAccount admin = this.repository.findByUsername("admin").orElseThrow();
		return SecurityMockMvcRequestPostProcessors.user(AccountUserDetails.of(admin, false).withoutPassword());
	}

}
