package jp.itaku.identity;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against an OpenID Connect provider running in the test
 * (mock-oauth2-server): browser login with the roles claim mapped to Itaku roles, and
 * bearer tokens on the API.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SingleSignOnIntegrationTests {

	static final String ISSUER = "itaku";

	static final String CLIENT_ID = "itaku-client";

	static final MockOAuth2Server provider = new MockOAuth2Server();

	static {
		provider.start();
	}

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository accounts;

	@DynamicPropertySource
	static void sso(DynamicPropertyRegistry properties) {
		String issuer = provider.issuerUrl(ISSUER).toString();
		properties.add("spring.security.oauth2.client.registration.itaku.client-id", () -> CLIENT_ID);
		properties.add("spring.security.oauth2.client.registration.itaku.client-secret", () -> "test-secret");
		properties.add("spring.security.oauth2.client.registration.itaku.scope", () -> "openid");
		properties.add("spring.security.oauth2.client.provider.itaku.issuer-uri", () -> issuer);
		properties.add("itaku.sso.jwt-issuer-uri", () -> issuer);
		properties.add("itaku.sso.role-mapping.itaku-admins", () -> "ADMIN");
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@Test
	void acceptsABearerTokenWhoseRolesClaimNamesAnItakuRole() throws Exception {
		HttpResponse<String> response = api("/api/v1/no-such-endpoint", token("api-member", List.of("MEMBER")));
		// past security: the endpoint itself is unknown
		assertThat(response.statusCode()).isEqualTo(404);
	}

	@Test
	void mapsAClaimValueToItsConfiguredRole() throws Exception {
		HttpResponse<String> response = api("/api/v1/users", token("api-admin", List.of("itaku-admins")));
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void refusesABearerTokenWithoutAMappedRoleWith403ProblemDetails() throws Exception {
		HttpResponse<String> response = api("/api/v1/no-such-endpoint", token("api-guest", List.of("guests")));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("application/problem+json"));
		assertThat(response.body()).contains("\"status\":403");
	}

	@Test
	void refusesAForgedTokenWith401() throws Exception {
		MockOAuth2Server other = new MockOAuth2Server();
		other.start();
		try {
			String forged = other.issueToken(ISSUER, "intruder", CLIENT_ID, Map.of("roles", List.of("ADMIN")))
				.serialize();
			assertThat(api("/api/v1/users", forged).statusCode()).isEqualTo(401);
		}
		finally {
			other.shutdown();
		}
	}

	@Test
	void signsInThroughTheBrowserFlowWithTheMappedRoleAndALinkedAccount() throws Exception {
		provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "sso-subject-1", "JWT", List.of(CLIENT_ID),
				Map.of("roles", List.of("itaku-admins", "MEMBER"), "preferred_username", "sso.tanaka", "name", "田中 一郎"),
				3600));
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

		HttpResponse<String> landing = browser.send(
				HttpRequest.newBuilder(app("/oauth2/authorization/itaku")).header("Accept-Language", "ja").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(landing.statusCode()).isEqualTo(200);
		assertThat(landing.uri().getPath()).isEqualTo("/");
		assertThat(landing.body()).contains("田中 一郎");

		HttpResponse<String> admin = browser.send(HttpRequest.newBuilder(app("/admin/users")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("sso.tanaka");

		UserAccount account = this.accounts.findByExternalSubject("sso-subject-1").orElseThrow();
		assertThat(account.getUsername()).isEqualTo("sso.tanaka");
		assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.MEMBER);
		assertThat(account.hasLocalPassword()).isFalse();
	}

	@Test
	void refusesABrowserSignOnWithoutAMappedRole() throws Exception {
		provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "sso-subject-guest", "JWT", List.of(CLIENT_ID),
				Map.of("roles", List.of("guests"), "preferred_username", "sso.guest"), 3600));
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		HttpResponse<String> landing = browser.send(HttpRequest.newBuilder(app("/oauth2/authorization/itaku")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(landing.uri().getPath()).isEqualTo("/login");
		assertThat(landing.uri().getQuery()).isEqualTo("ssoError");
		assertThat(this.accounts.findByExternalSubject("sso-subject-guest")).isEmpty();
	}

	@Test
	void theLoginPageOffersSingleSignOn() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(app("/login")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.body()).contains("/oauth2/authorization/itaku").contains("シングルサインオン");
	}

	private String token(String subject, List<String> roles) {
		return provider.issueToken(ISSUER, subject, CLIENT_ID, Map.of("roles", roles)).serialize();
	}

	private HttpResponse<String> api(String path, String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(app(path)).header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private URI app(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
