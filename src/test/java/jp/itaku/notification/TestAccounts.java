package jp.itaku.notification;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.itaku.identity.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts for notification tests, made as an administrator and their holders would make
 * them: through the user and preferences APIs, with an e-mail address, a language, or
 * disabled.
 */
final class TestAccounts {

	static final String PASSWORD = "long-enough-password";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	private final Map<String, JsonNode> created = new HashMap<>();

	TestAccounts(MockMvc mvc) {
		this.mvc = mvc;
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The e-mail address of an account made with one. */
	static String address(String username) {
		return username + "@example.jp";
	}

	/** A new enabled account, with the e-mail address {@link #address} or none. */
	String create(String prefix, boolean withAddress, Role... roles) throws Exception {
		String username = unique(prefix);
		String email = withAddress ? address(username) : null;
		String rolesJson = Arrays.stream(roles).map((role) -> "\"" + role + "\"").collect(Collectors.joining(","));
		String body = "{\"username\":\"" + username + "\",\"displayName\":\"表示 " + username + "\","
				+ ((email != null) ? "\"email\":\"" + email + "\"," : "") + "\"roles\":[" + rolesJson
				+ "],\"password\":\"" + PASSWORD + "\"}";
		String answer = this.mvc
			.perform(post("/api/v1/users").with(user("admin").roles("ADMIN"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.created.put(username, JSON.readTree(answer).get("user"));
		return username;
	}

	void disable(String username) throws Exception {
		String id = this.created.get(username).get("id").asString();
		// the version as it stands now, not as it was created
		JsonNode account = JSON
			.readTree(this.mvc.perform(get("/api/v1/users/{id}", id).with(user("admin").roles("ADMIN")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		this.mvc
			.perform(post("/api/v1/users/{id}/disable", account.get("id").asString()).with(user("admin").roles("ADMIN"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + account.get("version").asLong() + "}"))
			.andExpect(status().isOk());
	}

	/** The holder chooses the language they read Itaku in. */
	void speaks(String username, String language) throws Exception {
		this.mvc
			.perform(put("/api/v1/preferences").with(httpBasic(username, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"language\":\"" + language + "\",\"dateStyle\":\"ISO\"}"))
			.andExpect(status().isOk());
	}

}
