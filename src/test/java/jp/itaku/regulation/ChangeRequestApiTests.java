package jp.itaku.regulation;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jp.itaku.approval.ApprovalGranted;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Change requests through the API (規程 9 REV-02): filed by members, decided by the
 * committee through the 稟議 mechanism, amended after a send-back, withdrawn.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChangeRequestApiTests {

	private static final String CHANGES = "/api/v1/regulation/changes";

	private static final RequestPostProcessor MEMBER = user("cr-member").roles("MEMBER");

	private static final RequestPostProcessor COMMITTEE = user("cr-committee").roles("COMMITTEE");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Regulation regulation;

	@Autowired
	RevisionDecisions decisions;

	@Test
	void aMemberFilesAChangeRequestThatGoesBeforeTheCommittee() throws Exception {
		Map<String, Object> filed = file(MEMBER, proposal());
		assertThat(filed).containsEntry("status", "UNDER_REVIEW").containsEntry("requester", "cr-member");
		this.mvc.perform(get("/api/v1/approvals/{id}", filed.get("approvalId")).with(COMMITTEE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subjectType").value("regulation-revision"))
			.andExpect(jsonPath("$.subjectId").value(filed.get("id")))
			.andExpect(jsonPath("$.status").value("PENDING"));
	}

	@Test
	void contractorsAuditorsAndAnonymousVisitorsCannotFile() throws Exception {
		String body = this.json.writeValueAsString(proposal());
		this.mvc.perform(
				post(CHANGES).with(user("c").roles("CONTRACTOR")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post(CHANGES).with(user("a").roles("AUDITOR")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(CHANGES).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get(CHANGES).with(user("c").roles("CONTRACTOR"))).andExpect(status().isForbidden());
	}

	@Test
	void refusesATextThatChangesNothingAndStoresNothing() throws Exception {
		long before = total();
		Map<String, Object> unchanged = Map.of("title", "変更なし", "reason", "確認", "proposedText", inForceText());
		this.mvc
			.perform(post(CHANGES).with(MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(unchanged)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("proposedText")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("本文が施行中の版と同じです。変更箇所を編集してください。")));
		assertThat(total()).isEqualTo(before);
	}

	@Test
	void refusesAnEffectiveDateInThePast() throws Exception {
		Map<String, Object> body = new java.util.HashMap<>(proposal());
		body.put("proposedEffectiveOn", LocalDate.now().minusDays(2).toString());
		body.put("title", "");
		this.mvc
			.perform(post(CHANGES).with(MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("proposedEffectiveOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")));
	}

	@Test
	void neitherAMemberNorTheRequesterDecides() throws Exception {
		Map<String, Object> byMember = file(MEMBER, proposal());
		decide(MEMBER, byMember, "APPROVE").andExpect(status().isForbidden());
		Map<String, Object> byCommittee = file(COMMITTEE, proposal());
		decide(COMMITTEE, byCommittee, "APPROVE").andExpect(status().isForbidden());
	}

	@Test
	void theRequesterAmendsASentBackRequestWhichGoesBeforeTheCommitteeAgain() throws Exception {
		Map<String, Object> filed = file(MEMBER, proposal());
		decide(COMMITTEE, filed, "SEND_BACK").andExpect(status().isCreated());
		Map<String, Object> sentBack = read(filed);
		assertThat(sentBack).containsEntry("status", "SENT_BACK");
		// the text the committee decides on is amended on the change request, never in
		// the
		// 稟議 alone
		this.mvc
			.perform(post("/api/v1/approvals/{id}/resubmit", filed.get("approvalId")).with(MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"snapshot\":\"別の内容\"}"))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/approvals/{id}", filed.get("approvalId")).with(COMMITTEE))
			.andExpect(jsonPath("$.subjectLink").value("/regulation/changes/" + filed.get("id")));

		Map<String, Object> amended = new java.util.HashMap<>(proposal());
		amended.put("reason", "委員会の指摘を反映");
		amended.put("version", sentBack.get("version"));
		amend(user("someone-else").roles("MEMBER"), filed, amended).andExpect(status().isForbidden());
		Map<String, Object> stale = new java.util.HashMap<>(amended);
		stale.put("version", ((Number) sentBack.get("version")).longValue() - 1);
		amend(MEMBER, filed, stale).andExpect(status().isConflict());
		amend(MEMBER, filed, amended).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDER_REVIEW"));

		this.mvc.perform(get("/api/v1/approvals/{id}", filed.get("approvalId")).with(COMMITTEE))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.rounds.length()").value(2));
	}

	@Test
	void theRequesterWithdrawsAnUndecidedRequestOnce() throws Exception {
		Map<String, Object> filed = file(MEMBER, proposal());
		this.mvc.perform(post(CHANGES + "/{id}/withdraw", filed.get("id")).with(COMMITTEE))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(CHANGES + "/{id}/withdraw", filed.get("id")).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));
		this.mvc.perform(post(CHANGES + "/{id}/withdraw", filed.get("id")).with(MEMBER))
			.andExpect(status().isConflict());
	}

	@Test
	void anApprovedChangeBecomesTheNextVersionFromItsEffectiveDate() throws Exception {
		LocalDate effective = LocalDate.now().plusMonths(1);
		Map<String, Object> body = new java.util.HashMap<>(proposal());
		body.put("proposedEffectiveOn", effective.toString());
		Map<String, Object> filed = file(MEMBER, body);
		UUID approval = UUID.fromString((String) filed.get("approvalId"));

		// the approval module's outcome, as the committee's last approving decision
		// publishes it
		this.decisions.granted(new ApprovalGranted(approval, ChangeRequests.SUBJECT_TYPE, (String) filed.get("id"), 1,
				"cr-member", "cr-committee"));

		Map<String, Object> adopted = read(filed);
		assertThat(adopted).containsEntry("status", "ADOPTED");
		int number = ((Number) adopted.get("adoptedVersion")).intValue();
		RegulationVersion version = this.regulation.get(number);
		assertThat(version.status()).isEqualTo(RegulationVersion.Status.SCHEDULED);
		assertThat(version.effectiveOn()).isEqualTo(effective);
		assertThat(version.approvalId()).isEqualTo(approval);
		assertThat(this.regulation.sections(number)).anyMatch((s) -> s.text().contains("年1回見直す"));
	}

	private Map<String, Object> proposal() {
		String text = inForceText().replace("委託先の選定基準を作成し", "委託先の選定基準を作成して年1回見直し");
		if (text.equals(inForceText())) {
			text = inForceText() + "\n10\t附則\n年1回見直す。\n";
		}
		else {
			text = text + "\n10\t附則\n年1回見直す。\n";
		}
		return Map.of("title", "選定基準の見直しを明記", "reason", "SEL-03 を明確にするため", "proposedText", text);
	}

	private String inForceText() {
		int number = this.regulation.inForce().orElseThrow().number();
		return RegulationText.render(this.regulation.sections(number));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> file(RequestPostProcessor who, Map<String, Object> body) throws Exception {
		String response = this.mvc
			.perform(post(CHANGES).with(who)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readValue(response, Map.class);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> read(Map<String, Object> filed) throws Exception {
		String response = this.mvc.perform(get(CHANGES + "/{id}", filed.get("id")).with(MEMBER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readValue(response, Map.class);
	}

	private org.springframework.test.web.servlet.ResultActions decide(RequestPostProcessor who,
			Map<String, Object> filed, String decision) throws Exception {
		return this.mvc.perform(post("/api/v1/approvals/{id}/decisions", filed.get("approvalId")).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"" + decision + "\",\"comment\":\"理由を補ってください\"}"));
	}

	private org.springframework.test.web.servlet.ResultActions amend(RequestPostProcessor who,
			Map<String, Object> filed, Map<String, Object> body) throws Exception {
		return this.mvc.perform(put(CHANGES + "/{id}", filed.get("id")).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private long total() throws Exception {
		String response = this.mvc.perform(get(CHANGES).with(MEMBER)).andReturn().getResponse().getContentAsString();
		return ((Number) ((Map<?, ?>) this.json.readValue(response, Map.class).get("page")).get("totalElements"))
			.longValue();
	}

}
