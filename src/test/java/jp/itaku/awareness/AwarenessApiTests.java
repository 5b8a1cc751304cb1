package jp.itaku.awareness;

import java.util.Set;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The awareness training API (S10, S11) per role, its refusals, and what the compliance
 * table and the committee's duty make of a session.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AwarenessApiTests {

	private static final String API = "/api/v1/awareness";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	private final JsonMapper json = JsonMapper.builder().build();

	private static RequestPostProcessor member() {
		return user("aw-recorder").roles("MEMBER");
	}

	private void account(String username, Role... roles) {
		if (!this.accounts.exists(username)) {
			this.accounts.createLocal(username, username + " さん", "aw-password-123", Set.of(roles), null);
		}
	}

	private ResultActions record(RequestPostProcessor who, String kind, String heldOn, String... attendees)
			throws Exception {
		String names = String.join("\",\"", attendees);
		String body = "{\"kind\":\"" + kind + "\",\"title\":\"委託先管理規程と調達手順の説明会\",\"heldOn\":\"" + heldOn
				+ "\",\"trainer\":\"情報セキュリティ委員会\",\"summary\":\"選定基準と契約の必須条項\",\"attendees\":["
				+ (attendees.length == 0 ? "" : "\"" + names + "\"") + "]}";
		return this.mvc
			.perform(post(API + "/sessions").with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private JsonNode recorded(String kind, String heldOn, String... attendees) throws Exception {
		String body = record(member(), kind, heldOn, attendees).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

	@Test
	void aMemberRecordsASessionWithItsAttendees() throws Exception {
		account("aw-attendee-1", Role.MEMBER);
		record(member(), "PROCUREMENT", "2026-10-01", "aw-attendee-1").andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/awareness/sessions/")))
			.andExpect(jsonPath("$.requirementId").value("S10"))
			.andExpect(jsonPath("$.attendees[*].username", contains("aw-attendee-1")))
			.andExpect(jsonPath("$.attendees[0].recordedBy").value("aw-recorder"));
	}

	@Test
	void anAuditorReadsSessionsButRecordsNone() throws Exception {
		recorded("SUPPLIER_CONTACT", "2026-09-15");
		this.mvc.perform(get(API + "/sessions").param("kind", "SUPPLIER_CONTACT").with(user("aud").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].requirementId").value("S11"));
		record(user("aud").roles("AUDITOR"), "SUPPLIER_CONTACT", "2026-09-15").andExpect(status().isForbidden());
	}

	@Test
	void aContractorAccountSeesNoTraining() throws Exception {
		this.mvc.perform(get(API + "/sessions").with(user("rep").roles("CONTRACTOR")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aSessionInTheFutureIsRefusedInJapanese() throws Exception {
		record(member(), "PROCUREMENT", "2099-01-01").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("heldOn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("未来の日付")));
	}

	@Test
	void anAttendeeWhoIsNotAnAccountIsRefusedAndNothingIsRecorded() throws Exception {
		record(member(), "PROCUREMENT", "2026-08-08", "aw-nobody-at-all").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("attendees"));
		this.mvc.perform(get(API + "/sessions").param("from", "2026-08-08").param("to", "2026-08-08").with(member()))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void addingAttendeesToAStaleVersionIsAConflict() throws Exception {
		account("aw-attendee-2", Role.MEMBER);
		account("aw-attendee-3", Role.COMMITTEE);
		JsonNode session = recorded("SUPPLIER_CONTACT", "2026-07-01");
		String id = session.get("id").asString();
		String add = API + "/sessions/" + id + "/attendees";
		this.mvc
			.perform(post(add).with(member())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"usernames\":[\"aw-attendee-2\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attendees[*].username", hasItem("aw-attendee-2")));
		this.mvc
			.perform(post(add).with(member())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"usernames\":[\"aw-attendee-3\"]}"))
			.andExpect(status().isConflict());
	}

	@Test
	void aPersonConfirmsTheirOwnAttendanceOnce() throws Exception {
		String id = recorded("PROCUREMENT", "2026-06-01").get("id").asString();
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(post(API + "/sessions/" + id + "/confirmation").with(user("aw-self").roles("MEMBER")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.attendees[?(@.username == 'aw-self')].recordedBy", contains("aw-self")));
		}
	}

	@Test
	void anUntrainedMemberIsNamedInTheComplianceTableUntilTrained() throws Exception {
		account("aw-untrained", Role.MEMBER);
		this.mvc.perform(get(API + "/standing").param("kind", "PROCUREMENT").with(member()))
			.andExpect(jsonPath("$[?(@.username == 'aw-untrained')].state", contains("NEVER")));
		this.mvc.perform(get("/api/v1/compliance").with(member()))
			.andExpect(jsonPath("$[?(@.requirementId == 'S10')].status", contains("GAP")))
			.andExpect(jsonPath("$[?(@.requirementId == 'S10')].detail", contains(containsString("aw-untrained"))));
		recorded("PROCUREMENT", "2026-11-02", "aw-untrained");
		this.mvc.perform(get(API + "/standing").param("kind", "PROCUREMENT").with(member()))
			.andExpect(jsonPath("$[?(@.username == 'aw-untrained')].state", contains("CURRENT")));
		this.mvc.perform(get("/api/v1/compliance").with(member()))
			.andExpect(
					jsonPath("$[?(@.requirementId == 'S10')].detail", contains(not(containsString("aw-untrained")))));
	}

	@Test
	void theLatestSessionMovesTheCommitteesDutyToAYearLater() throws Exception {
		recorded("SUPPLIER_CONTACT", "2026-11-20");
		this.mvc
			.perform(get("/api/v1/duties").param("kind", AwarenessDuties.KIND)
				.param("requirement", "S11")
				.with(user("committee").roles("COMMITTEE")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].dueOn").value("2027-11-20"));
	}

}
