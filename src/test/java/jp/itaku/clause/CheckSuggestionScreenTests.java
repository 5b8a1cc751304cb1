package jp.itaku.clause;

import java.util.List;

import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static jp.itaku.clause.ClauseFixtures.document;
import static jp.itaku.clause.ClauseFixtures.suggested;
import static jp.itaku.clause.ClauseFixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The checklist screen with the automatic check's suggestion (issue 7): pre-filled for
 * the reviewer to confirm or correct, marked as not confirmed, and saved as labelled
 * data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CheckSuggestionScreenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClauseChecklists checklists;

	@Autowired
	ClauseCheckLabelRepository labels;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	private ContractSummary nda() {
		return ClauseFixtures.nda(this.contractors, this.contracts);
	}

	private String page(ContractSummary contract) throws Exception {
		return this.mvc.perform(get("/checklists/contract/" + contract.id()).with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The table row of one item. */
	private static String row(String html, String item) {
		int start = html.indexOf("id=\"item-" + item + "\"");
		return html.substring(start, html.indexOf("</tr>", start));
	}

	@Test
	void anUnreviewedItemIsPrefilledWithTheSuggestionAndMarkedNotConfirmed() throws Exception {
		ContractSummary contract = nda();
		CheckSuggestion check = suggestion(document(), suggested("N03", ClauseVerdict.PARTIAL, "第4条第1項"));
		this.checklists.suggest("contract", contract.id(), check);

		String n03 = row(page(contract), "N03");

		assertThat(n03).contains("value=\"PARTIAL\" selected=\"selected\"")
			.contains("value=\"第4条第1項\"")
			.contains("自動判定（未確認）")
			.contains("確度 87%")
			.contains("href=\"/clause-checks/runs/" + check.runId() + "#N03\"");
	}

	@Test
	void theBannerNamesTheCheckedDocument() throws Exception {
		ContractSummary contract = nda();
		String name = document();
		this.checklists.suggest("contract", contract.id(),
				suggestion(name, suggested("N03", ClauseVerdict.PARTIAL, "第4条")));

		assertThat(page(contract)).contains("id=\"checklist-suggestion\"").contains(name);
	}

	@Test
	void aReviewedItemKeepsItsFindingAndHintsAtADifferentSuggestion() throws Exception {
		ContractSummary contract = nda();
		ClauseFixtures.as("member",
				() -> this.checklists.record("contract", contract.id(),
						this.checklists.find("contract", contract.id()).orElseThrow().version(),
						List.of(ClauseFixtures.present("N01", "第2条"))),
				Role.MEMBER);
		this.checklists.suggest("contract", contract.id(),
				suggestion(document(), suggested("N01", ClauseVerdict.ABSENT, null)));

		String n01 = row(page(contract), "N01");

		assertThat(n01).contains("value=\"PRESENT\" selected=\"selected\"")
			.contains("自動判定: 記載なし")
			.doesNotContain("自動判定（未確認）");
	}

	@Test
	void savingTheFormConfirmsOrCorrectsTheSuggestionAndKeepsTheLabel() throws Exception {
		ContractSummary contract = nda();
		this.checklists.suggest("contract", contract.id(),
				suggestion(document(), suggested("N03", ClauseVerdict.PARTIAL, "第4条")));
		long version = this.checklists.find("contract", contract.id()).orElseThrow().version();

		this.mvc
			.perform(post("/checklists/contract/" + contract.id()).with(user("member").roles("MEMBER"))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("verdict.N03", "PRESENT")
				.param("article.N03", "第4条"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"checklist-notice\"")));

		assertThat(this.labels.findAll().stream().map(ClauseCheckLabel::view))
			.filteredOn((label) -> label.subjectId().equals(contract.id()))
			.singleElement()
			.satisfies((label) -> {
				assertThat(label.verdict()).isEqualTo(ClauseVerdict.PRESENT);
				assertThat(label.suggestedVerdict()).isEqualTo(ClauseVerdict.PARTIAL);
				assertThat(label.corrected()).isTrue();
			});
	}

	@Test
	void aFormReadBeforeTheSuggestionArrivedIsRefusedAsStale() throws Exception {
		ContractSummary contract = nda();
		long read = this.checklists.find("contract", contract.id()).orElseThrow().version();
		this.checklists.suggest("contract", contract.id(),
				suggestion(document(), suggested("N03", ClauseVerdict.PARTIAL, "第4条")));

		this.mvc
			.perform(post("/checklists/contract/" + contract.id()).with(user("member").roles("MEMBER"))
				.with(csrf())
				.param("version", Long.toString(read))
				.param("verdict.N01", "PRESENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"checklist-problem\"")));
		assertThat(this.checklists.find("contract", contract.id()).orElseThrow().item("N01").orElseThrow().verdict())
			.isNull();
	}

	@Test
	void theChecklistApiShowsEachItemsSuggestion() throws Exception {
		ContractSummary contract = nda();
		String name = document();
		this.checklists.suggest("contract", contract.id(),
				suggestion(name, suggested("N03", ClauseVerdict.PARTIAL, "第4条")));

		this.mvc.perform(get("/api/v1/contracts/{id}/checklist", contract.id()).with(user("aud").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[2].requirementId").value("N03"))
			.andExpect(jsonPath("$.items[2].verdict").isEmpty())
			.andExpect(jsonPath("$.items[2].suggestion.verdict").value("PARTIAL"))
			.andExpect(jsonPath("$.items[2].suggestion.article").value("第4条"))
			.andExpect(jsonPath("$.items[0].suggestion").isEmpty())
			.andExpect(jsonPath("$.checkedDocument.name").value(name));
	}

}
