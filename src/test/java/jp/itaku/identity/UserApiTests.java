package jp.itaku.identity;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class UserApiTests {

	static final String ADMIN_PASSWORD = "test-admin-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApplicationEvents events;

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "MEMBER", "COMMITTEE", "AUDITOR", "CONTRACTOR" })
	void refusesEveryRoleButAdmin(Role role) throws Exception {
		this.mvc.perform(get("/api/v1/users").with(user("someone").roles(role.name())))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		this.mvc
			.perform(post("/api/v1/users").with(user("someone").roles(role.name()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(newUser(unique("x"), "MEMBER", "a-long-enough-password")))
			.andExpect(status().isForbidden());
	}

	@Test
	void answersAnonymousCallsWith401ProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/users"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void createsAnAccountWithTheTypedPasswordThatThenSignsIn() throws Exception {
		String username = unique("member");
		this.mvc
			.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
				.content(newUser(username, "MEMBER", "correct-horse-battery")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/users/")))
			.andExpect(jsonPath("$.user.username").value(username))
			.andExpect(jsonPath("$.user.roles[0]").value("MEMBER"))
			.andExpect(jsonPath("$.oneTimePassword").value(nullValue()))
			.andExpect(jsonPath("$.user.passwordHash").doesNotExist());
		this.mvc.perform(get("/api/v1/users").with(httpBasic(username, "correct-horse-battery")))
			.andExpect(status().isForbidden());
		assertThat(this.events.stream(UserAccountCreated.class)).singleElement()
			.satisfies(
					(event) -> assertThat(event.changes()).doesNotContain("correct-horse-battery").contains("MEMBER"));
	}

	@Test
	void issuesAOneTimePasswordWhenNoneIsTyped() throws Exception {
		String username = unique("otp");
		String body = this.mvc
			.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
				.content(newUser(username, "AUDITOR", "")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String password = body.replaceAll(".*\"oneTimePassword\":\"([^\"]+)\".*", "$1");
		assertThat(password).hasSizeGreaterThanOrEqualTo(12);
		this.mvc.perform(get("/api/v1/no-such-endpoint").with(httpBasic(username, password)))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesAShortPasswordAndOneEqualToTheUserName() throws Exception {
		this.mvc
			.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
				.content(newUser(unique("short"), "MEMBER", "too-short")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		String username = unique("samename-as-password");
		this.mvc
			.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
				.content(newUser(username, "MEMBER", username)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		assertThat(this.accounts.exists(username)).isFalse();
	}

	@Test
	void refusesAContractorAccountWithoutAContractor() throws Exception {
		this.mvc
			.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
				.content(newUser(unique("contractor"), "CONTRACTOR", "a-long-enough-password")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("contractorId")));
	}

	@Test
	void refusesADuplicateUserName() throws Exception {
		this.mvc
			.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
				.content(newUser("admin", "MEMBER", "a-long-enough-password")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
	}

	@Test
	void changesRolesAndRefusesAStaleVersion() throws Exception {
		UUID id = createMember(unique("edit"));
		long version = currentVersion(id);
		this.mvc
			.perform(
					asAdmin(put("/api/v1/users/" + id)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"version\":" + version
								+ ",\"displayName\":\"委員 花子\",\"roles\":[\"MEMBER\",\"COMMITTEE\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("委員 花子"))
			.andExpect(jsonPath("$.version").value(version + 1));
		this.mvc
			.perform(asAdmin(put("/api/v1/users/" + id)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version + ",\"displayName\":\"上書き\",\"roles\":[\"MEMBER\"]}"))
			.andExpect(status().isConflict());
		this.mvc.perform(asAdmin(get("/api/v1/users/" + id)))
			.andExpect(jsonPath("$.displayName").value("委員 花子"))
			.andExpect(jsonPath("$.roles", hasItem("COMMITTEE")));
		assertThat(this.events.stream(UserAccountChanged.class))
			.anySatisfy((event) -> assertThat(event.changes()).contains("COMMITTEE"));
	}

	@Test
	void anAdministratorCannotRemoveTheirOwnAdminRole() throws Exception {
		UUID admin = this.accounts.idOf("admin").orElseThrow();
		long version = currentVersion(admin);
		this.mvc
			.perform(asAdmin(put("/api/v1/users/" + admin)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version + ",\"displayName\":\"管理者\",\"roles\":[\"MEMBER\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
	}

	@Test
	void anAdministratorCannotDisableThemselves() throws Exception {
		UUID admin = this.accounts.idOf("admin").orElseThrow();
		this.mvc
			.perform(asAdmin(post("/api/v1/users/" + admin + "/disable")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + currentVersion(admin) + "}"))
			.andExpect(status().isConflict());
	}

	@Test
	void aDisabledAccountCannotSignInAndIsKeptInTheList() throws Exception {
		String username = unique("leaver");
		UUID id = createMember(username);
		this.mvc
			.perform(asAdmin(post("/api/v1/users/" + id + "/disable")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + currentVersion(id) + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		this.mvc.perform(get("/api/v1/no-such-endpoint").with(httpBasic(username, "a-long-enough-password")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(asAdmin(get("/api/v1/users").param("q", username)))
			.andExpect(jsonPath("$.content[0].username").value(username))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		assertThat(this.events.stream(UserAccountChanged.class))
			.anySatisfy((event) -> assertThat(event.action()).isEqualTo("DISABLED"));
	}

	@Test
	void disablingAnAccountEndsItsOpenSessions() throws Exception {
		String username = unique("signed-in");
		UUID id = createMember(username);
		Cookie session = this.mvc.perform(formLogin().user(username).password("a-long-enough-password"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/preferences").cookie(session)).andExpect(status().isOk());
		this.mvc
			.perform(asAdmin(post("/api/v1/users/" + id + "/disable")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + currentVersion(id) + "}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/preferences").cookie(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void resetsAPasswordWithAOneTimePassword() throws Exception {
		String username = unique("forgetful");
		UUID id = createMember(username);
		this.mvc
			.perform(asAdmin(post("/api/v1/users/" + id + "/password-reset")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + currentVersion(id) + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.oneTimePassword").isNotEmpty());
		this.mvc.perform(get("/api/v1/no-such-endpoint").with(httpBasic(username, "a-long-enough-password")))
			.andExpect(status().isUnauthorized());
		assertThat(this.events.stream(UserAccountChanged.class)).anySatisfy((event) -> {
			assertThat(event.action()).isEqualTo("PASSWORD_RESET");
			assertThat(event.changes()).doesNotContain("{bcrypt}");
		});
	}

	@Test
	void listsPagedAndSearchedByName() throws Exception {
		String prefix = unique("page");
		for (int i = 0; i < 3; i++) {
			createMember(prefix + "-" + i);
		}
		this.mvc.perform(asAdmin(get("/api/v1/users").param("q", prefix).param("size", "2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.page.totalPages").value(2))
			.andExpect(content().string(not(containsString("passwordHash"))));
	}

	private UUID createMember(String username) {
		return this.accounts.createLocal(username, "利用者 " + username, "a-long-enough-password", Set.of(Role.MEMBER),
				null);
	}

	private long currentVersion(UUID id) throws Exception {
		String body = this.mvc.perform(asAdmin(get("/api/v1/users/" + id)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll(".*\"version\":(\\d+).*", "$1"));
	}

	private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("admin", ADMIN_PASSWORD));
	}

	static String newUser(String username, String role, String password) {
		return "{\"username\":\"" + username + "\",\"displayName\":\"テスト 太郎\",\"email\":\"" + username
				+ "@example.jp\",\"roles\":[\"" + role + "\"],\"password\":\"" + password + "\"}";
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
