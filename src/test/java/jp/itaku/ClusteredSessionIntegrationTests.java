package jp.itaku;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Itaku nodes on one PostgreSQL, as behind a load balancer without sticky sessions: a
 * user who signs in on one node is signed in on the other, because the session lives in
 * the shared database (Spring Session JDBC), not in a node's memory.
 */
class ClusteredSessionIntegrationTests {

	private static final String USERNAME = "cluster-member";

	private static final String PASSWORD = "cluster-member-password";

	private static final String DISPLAY_NAME = "クラスタ会員";

	private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern SESSION_COOKIE = Pattern.compile("^(SESSION=[^;]+)");

	private static PostgresSupport postgres;

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodesOnOneDatabase() throws Exception {
		postgres = PostgresSupport.start();
		nodeA = postgres.startNode();
		nodeB = postgres.startNode();
		nodeA.getBean(UserAccounts.class).createLocal(USERNAME, DISPLAY_NAME, PASSWORD, Set.of(Role.MEMBER), null);
	}

	@AfterAll
	static void stop() throws Exception {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeB, nodeA }) {
			if (node != null) {
				node.close();
			}
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void bothNodesKeepSessionsInTheSharedDatabase() {
		assertThat(nodeA.getBeansOfType(JdbcIndexedSessionRepository.class)).hasSize(1);
		assertThat(nodeB.getBeansOfType(JdbcIndexedSessionRepository.class)).hasSize(1);
	}

	@Test
	void aUserSignedInOnOneNodeIsSignedInOnTheOther() throws Exception {
		String session = signIn(nodeA);

		HttpResponse<String> home = get(nodeB, "/", session);

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).containsPattern("id=\"current-user\"[^>]*>\\s*" + DISPLAY_NAME + "\\s*<");
	}

	@Test
	void theSignedInSessionIsARowOfTheSharedDatabase() throws Exception {
		signIn(nodeA);

		JdbcTemplate jdbc = new JdbcTemplate(nodeB.getBean(DataSource.class));
		Integer sessions = jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?",
				Integer.class, USERNAME);
		assertThat(sessions).isPositive();
	}

	@Test
	void signingOutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
		String session = signIn(nodeA);
		String csrf = csrfToken(get(nodeB, "/", session).body());

		HttpResponse<String> logout = post(nodeB, "/logout", session, Map.of("_csrf", csrf));
		HttpResponse<String> afterwards = get(nodeA, "/", session);

		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?logout"));
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	/**
	 * Signs in through the real login form: the page gives a session and its CSRF token,
	 * the form post answers with the signed-in session's cookie.
	 */
	private String signIn(ConfigurableApplicationContext node) throws IOException, InterruptedException {
		HttpResponse<String> page = get(node, "/login", null);
		String anonymous = sessionCookie(page);
		HttpResponse<String> signedIn = post(node, "/login", anonymous,
				Map.of("username", USERNAME, "password", PASSWORD, "_csrf", csrfToken(page.body())));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
		return sessionCookie(signedIn);
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).header("Accept-Language", "ja");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String cookie,
			Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(uri(node, path))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http://localhost:" + node.getEnvironment().getRequiredProperty("local.server.port") + path);
	}

	private static String csrfToken(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION_COOKIE::matcher)
			.filter(Matcher::find)
			.map((matcher) -> matcher.group(1))
			.reduce((first, last) -> last)
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
	}

}
