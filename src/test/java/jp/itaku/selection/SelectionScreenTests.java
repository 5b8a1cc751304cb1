package jp.itaku.selection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.Contractors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The selection screens in Japanese and English: criteria editor, evaluation form with
 * its live total, the contractor's tab and the lists; escaping, CSRF and roles.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelectionScreenTests {

	static final RequestPostProcessor MEMBER = user("scr-member").roles("MEMBER");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SelectionCriteria criteria;

	@Autowired
	Contractors contractors;

	@Test
	void theCriteriaPageIsInJapaneseByDefaultAndInEnglishOnRequest() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		this.mvc.perform(get("/selection/criteria").with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("選定基準の版"), containsString("施行中"))));
		this.mvc.perform(get("/selection/criteria").with(MEMBER).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Versions of the selection criteria")));
	}

	@Test
	void theEditorAddsARowWithoutSaving() throws Exception {
		CriteriaVersionView draft = this.criteria.draft("行追加");
		this.mvc
			.perform(post("/selection/criteria/{id}", draft.id()).with(MEMBER)
				.with(csrf())
				.param("title", "行追加")
				.param("version", String.valueOf(draft.version()))
				.param("rows[0].code", "R01")
				.param("rows[0].description", "入力中の基準")
				.param("rows[0].weight", "10")
				.param("addRow", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("入力中の基準"), containsString("id=\"row-1\""),
					not(containsString("id=\"row-2\"")))));
		assertThat(this.criteria.get(draft.id()).version()).isEqualTo(draft.version());
	}

	@Test
	void theEditorSavesRowsAndDropsTheRemovedOnes() throws Exception {
		CriteriaVersionView draft = this.criteria.draft("保存");
		this.mvc
			.perform(post("/selection/criteria/{id}", draft.id()).with(MEMBER)
				.with(csrf())
				.param("title", "保存した版")
				.param("version", String.valueOf(draft.version()))
				.param("rows[0].code", "K01")
				.param("rows[0].description", "残す基準")
				.param("rows[0].weight", "20")
				.param("rows[0].scale", "PASS_FAIL")
				.param("rows[0].riskTiers", "TIER_1")
				.param("rows[1].code", "K02")
				.param("rows[1].description", "消す基準")
				.param("rows[1].weight", "10")
				.param("rows[1].scale", "ZERO_TO_THREE")
				.param("rows[1].removed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "selection.criteria.flash.saved"));
		CriteriaVersionView saved = this.criteria.get(draft.id());
		assertThat(saved.title()).isEqualTo("保存した版");
		assertThat(saved.criteria()).extracting(CriterionInput::code).containsExactly("K01");
		assertThat(saved.criteria().get(0).riskTiers()).containsExactly(jp.itaku.contractor.RiskTier.TIER_1);
	}

	@Test
	void theEditorShowsLocalisedErrorsAndSavesNothing() throws Exception {
		CriteriaVersionView draft = this.criteria.draft("誤り");
		this.mvc
			.perform(post("/selection/criteria/{id}", draft.id()).with(MEMBER)
				.with(csrf())
				.param("title", "誤り")
				.param("version", String.valueOf(draft.version()))
				.param("rows[0].code", "X01")
				.param("rows[0].description", "重みなし")
				.param("rows[0].weight", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("重みは1〜100の整数で入力してください。")));
		assertThat(this.criteria.get(draft.id()).criteria()).extracting(CriterionInput::code).doesNotContain("X01");
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/selection/criteria").with(MEMBER).param("title", "CSRFなし"))
			.andExpect(status().isForbidden());
	}

	@Test
	void criteriaTextIsEscaped() throws Exception {
		CriteriaVersionView draft = this.criteria.draft("<b>太字</b>");
		this.criteria.revise(draft.id(), draft.version(),
				new CriteriaDraft("<b>太字</b>", null, List.of(new CriterionInput("S01", "<script>alert(1)</script>",
						Set.of(), Set.of(), 10, ScoringScale.PASS_FAIL, false))));
		this.mvc.perform(get("/selection/criteria/{id}", draft.id()).with(user("scr-auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert(1)</script>")), containsString("&lt;b&gt;太字&lt;/b&gt;"))));
	}

	@Test
	void theEvaluationFormShowsOneRowPerCriterionAndALiveTotal() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		Contractor contractor = SelectionApiTests.register(this.contractors, "画面評価株式会社");
		List<CriterionInput> applicable = this.context.getBean(Evaluations.class)
			.applicableCriteria(contractor.contractorId());
		this.mvc.perform(get("/selection/contractors/{id}/evaluations/new", contractor.getId()).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"score-row-" + applicable.get(0).code() + "\"")));
		var preview = post("/selection/contractors/{id}/evaluations/preview", contractor.getId()).with(MEMBER)
			.with(csrf());
		for (int i = 0; i < applicable.size(); i++) {
			preview.param("rows[" + i + "].code", applicable.get(i).code())
				.param("rows[" + i + "].score", String.valueOf(applicable.get(i).scale().max()));
		}
		this.mvc.perform(preview)
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("加重得点 100%"), containsString("適合"))));
	}

	@Test
	void aRecordedEvaluationShowsOnTheContractorsTab() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		Contractor contractor = SelectionApiTests.register(this.contractors, "タブ表示株式会社");
		List<CriterionInput> applicable = this.context.getBean(Evaluations.class)
			.applicableCriteria(contractor.contractorId());
		var request = post("/selection/contractors/{id}/evaluations", contractor.getId()).with(MEMBER)
			.with(csrf())
			.param("conclusion", "画面から評価");
		for (int i = 0; i < applicable.size(); i++) {
			request.param("rows[" + i + "].code", applicable.get(i).code())
				.param("rows[" + i + "].score", String.valueOf(applicable.get(i).scale().max()));
		}
		this.mvc.perform(request).andExpect(redirectedUrl("/contractors/" + contractor.getId() + "?tab=evaluations"));
		this.mvc.perform(get("/contractors/{id}", contractor.getId()).param("tab", "evaluations").with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"evaluations\""), containsString("適合"))));
	}

	@Test
	void anEvaluationWithoutScoresShowsTheErrorsOnTheForm() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		Contractor contractor = SelectionApiTests.register(this.contractors, "未採点画面株式会社");
		this.mvc
			.perform(post("/selection/contractors/{id}/evaluations", contractor.getId()).with(MEMBER)
				.with(csrf())
				.param("conclusion", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("所見は1〜2000文字で入力してください。")));
	}

	@Test
	void theListsShowForAuditorsInEnglish() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		RequestPostProcessor auditor = user("scr-auditor").roles("AUDITOR");
		this.mvc.perform(get("/selection/re-evaluations").with(auditor).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Re-evaluation of selected contractors")));
		this.mvc.perform(get("/selection/not-informed").with(auditor).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contractors not informed of the criteria in force")));
	}

	@Test
	void aContractorReadsTheCriteriaInForceButNotTheEditor() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		RequestPostProcessor contractor = user("scr-contractor").roles("CONTRACTOR");
		this.mvc.perform(get("/selection/criteria/current").with(contractor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"acknowledge\"")));
		this.mvc.perform(get("/selection/criteria").with(contractor)).andExpect(status().isForbidden());
		this.mvc.perform(get("/selection/re-evaluations").with(contractor)).andExpect(status().isForbidden());
	}

}
