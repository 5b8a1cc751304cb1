package jp.itaku.subcontracting;

import java.util.Locale;
import java.util.Map;

import jp.itaku.compliance.Compliance;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementCompliance;
import jp.itaku.contractor.Contractor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Findings of unapproved subcontracting (未承認の再委託, 規程 4.2(3)① R01): recorded by the
 * organisation with a registered or merely named subcontractor, closed by the committee,
 * never deleted, and a gap of R01 while open.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubcontractingFindingTests {

	private static final String API = "/api/v1/subcontracting-findings";

	private static final RequestPostProcessor COMMITTEE = user("finding-committee").roles("COMMITTEE");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Test
	void anAuditorRecordsSubcontractingToAnUnregisteredCompany() throws Exception {
		Contractor contractor = SubcontractingFixtures.company(this.context, "無断再委託元株式会社");

		record(user("finding-auditor").roles("AUDITOR"), contractor, "株式会社未登録ソフト").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.subcontractorId").doesNotExist())
			.andExpect(jsonPath("$.subcontractorName").value("株式会社未登録ソフト"))
			.andExpect(jsonPath("$.recordedBy").value("finding-auditor"));
	}

	@Test
	void anOpenFindingMakesR01AGapLinkingToIt() throws Exception {
		Contractor contractor = SubcontractingFixtures.company(this.context, "ギャップ元株式会社");
		String id = created(record(user("finding-member").roles("MEMBER"), contractor, "株式会社ギャップ先")).get("id")
			.asString();

		RequirementCompliance r01 = this.context.getBean(Compliance.class)
			.overview(Locale.JAPANESE)
			.stream()
			.filter((entry) -> entry.requirementId().equals("R01"))
			.findFirst()
			.orElseThrow();

		assertThat(r01.status()).isEqualTo(ComplianceStatus.GAP);
		assertThat(r01.links()).contains("/subcontracting/findings/" + id);
	}

	@Test
	void theCommitteeClosesAFindingWithANoteAndItIsKept() throws Exception {
		Contractor contractor = SubcontractingFixtures.company(this.context, "完了元株式会社");
		JsonNode finding = created(record(user("finding-member").roles("MEMBER"), contractor, "株式会社完了先"));

		this.mvc
			.perform(post(API + "/{id}/closure", finding.get("id").asString()).with(COMMITTEE)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + finding.get("version").asLong() + ",\"note\":\"再委託の承認申請を受け、是正を確認\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closedBy").value("finding-committee"));
		this.mvc.perform(get(API + "/{id}", finding.get("id").asString()).with(user("a").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closingNote").value("再委託の承認申請を受け、是正を確認"));
	}

	@Test
	void aMemberCannotCloseAFinding() throws Exception {
		Contractor contractor = SubcontractingFixtures.company(this.context, "会員完了不可株式会社");
		JsonNode finding = created(record(user("finding-member").roles("MEMBER"), contractor, "株式会社不可先"));

		this.mvc
			.perform(post(API + "/{id}/closure", finding.get("id").asString()).with(user("m").roles("MEMBER", "ADMIN"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + finding.get("version").asLong() + ",\"note\":\"完了\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFindingWithoutSubcontractorIsRefusedWithALocalisedError() throws Exception {
		Contractor contractor = SubcontractingFixtures.company(this.context, "名称なし株式会社");

		record(user("finding-member").roles("MEMBER"), contractor, "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subcontractorName"))
			.andExpect(jsonPath("$.errors[0].message").value("台帳から再委託先を選ぶか、名称を200文字以内で入力してください。"));
	}

	@Test
	void nothingDeletesAFinding() throws Exception {
		Contractor contractor = SubcontractingFixtures.company(this.context, "削除不可株式会社");
		JsonNode finding = created(record(user("finding-member").roles("MEMBER"), contractor, "株式会社削除不可先"));

		this.mvc
			.perform(delete(API + "/{id}", finding.get("id").asString())
				.with(user("admin-x").roles("ADMIN", "COMMITTEE")))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(get(API + "/{id}", finding.get("id").asString()).with(user("a").roles("AUDITOR")))
			.andExpect(status().isOk());
	}

	private ResultActions record(RequestPostProcessor who, Contractor contractor, String subcontractorName)
			throws Exception {
		return this.mvc.perform(post(API).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("contractorId", contractor.getId(), "subcontractorName",
					subcontractorName, "foundOn", "2026-11-01", "howFound", "定期監査で作業者名簿を確認"))));
	}

	private JsonNode created(ResultActions result) throws Exception {
		return this.json
			.readTree(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

}
