package jp.itaku.regulation;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jp.itaku.TestSmtp;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A revision of the regulation from request to acknowledgement (規程 8, 9), with a real
 * committee of two under the default majority rule and a real SMTP server: a member files
 * a change; neither a member nor the requester decides; both committee members approve;
 * the new version is in force, every subject is told in the app and by e-mail, and the
 * banner asks them to acknowledge it.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "itaku.mail.from=itaku@example.jp",
		"itaku.base-url=https://itaku.example.jp" })
@AutoConfigureMockMvc
@DirtiesContext
class RegulationRevisionIntegrationTests {

	private static final String PASSWORD = "long-enough-password";

	private static final int SMTP_PORT = TestSmtp.freePort();

	private static final GreenMail smtp = TestSmtp.on(SMTP_PORT);

	private static final List<String> SUBJECTS = List.of("member", "committee", "committee2", "auditor");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Regulation regulation;

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@BeforeAll
	static void startSmtp() {
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void anApprovedChangeBecomesTheVersionInForceAndEverySubjectIsAskedToAcknowledgeIt() throws Exception {
		account("member", "MEMBER");
		account("committee", "COMMITTEE", "MEMBER");
		account("committee2", "COMMITTEE", "MEMBER");
		account("auditor", "AUDITOR");

		String approval = file("member");
		decide("member", approval).andExpect(status().isForbidden());
		String own = file("committee");
		decide("committee", own).andExpect(status().isForbidden());

		decide("committee", approval).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"));
		decide("committee2", approval).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("APPROVED"));

		this.mvc.perform(get("/api/v1/regulation/versions").with(httpBasic("member", PASSWORD)))
			.andExpect(jsonPath("$[?(@.number == 2)].status", contains("IN_FORCE")))
			.andExpect(jsonPath("$[?(@.number == 2)].approvalId", contains(approval)))
			.andExpect(jsonPath("$[?(@.number == 1)].status", contains("SUPERSEDED")));
		assertThat(this.regulation.sections(2)).anyMatch((section) -> section.text().contains("年1回見直し"));

		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= SUBJECTS.size());
		assertThat(recipients())
			.containsExactlyInAnyOrderElementsOf(SUBJECTS.stream().map((u) -> u + "@example.jp").toList());
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getSubject()).isEqualTo("【規程改訂】外部委託先管理規程 第2版が承認されました");
		assertThat(mail.getContent().toString()).contains("https://itaku.example.jp/regulation/versions/2");

		this.mvc.perform(get("/api/v1/notifications").with(httpBasic("auditor", PASSWORD)))
			.andExpect(jsonPath("$.content[*].link", hasItem("/regulation/versions/2")));
		this.mvc.perform(get("/").with(user("member").roles("MEMBER")))
			.andExpect(content().string(containsString("第2版")))
			.andExpect(content().string(containsString("id=\"regulation-banner\"")));
		this.mvc.perform(get("/api/v1/compliance").with(httpBasic("committee", PASSWORD)))
			.andExpect(jsonPath("$[?(@.requirementId == 'PUB-01')].status", contains("GAP")));

		this.mvc.perform(post("/api/v1/regulation/versions/2/acknowledgement").with(httpBasic("member", PASSWORD)))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/").with(user("member").roles("MEMBER")))
			.andExpect(content().string(not(containsString("id=\"regulation-banner\""))));
	}

	private void account(String username, String... roles) throws Exception {
		String body = this.json.writeValueAsString(Map.of("username", username, "displayName", username + " さん",
				"email", username + "@example.jp", "roles", Arrays.asList(roles), "password", PASSWORD));
		this.mvc
			.perform(post("/api/v1/users").with(user("admin").roles("ADMIN"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
	}

	/** Files a change as {@code username}; the id of its 稟議. */
	private String file(String username) throws Exception {
		String text = this.regulation.textOf(1).replace("委託先の選定基準を作成し", "委託先の選定基準を作成して年1回見直し");
		String body = this.json.writeValueAsString(Map.of("title", "選定基準の年次見直し", "reason", "SEL-03 を明記する",
				"proposedText", text + "\n10\t附則\n" + username));
		String answer = this.mvc
			.perform(post("/api/v1/regulation/changes").with(httpBasic(username, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(answer).get("approvalId").asString();
	}

	private ResultActions decide(String username, String approval) throws Exception {
		return this.mvc.perform(post("/api/v1/approvals/{id}/decisions", approval).with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"APPROVE\",\"comment\":\"妥当\"}"));
	}

	private static List<String> recipients() throws MessagingException {
		return Arrays.stream(smtp.getReceivedMessages()).map((message) -> {
			try {
				return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
