package jp.itaku.clause;

import java.util.List;

import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static jp.itaku.clause.ClauseFixtures.document;
import static jp.itaku.clause.ClauseFixtures.suggested;
import static jp.itaku.clause.ClauseFixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reviewers' decisions on suggestions as labelled data (issue 7): the list screen,
 * the JSON API and the TSV export, readable by members, committee members, auditors and
 * administrators, not by contractor accounts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CheckLabelExportTests {

	private static final String HEADER = "document\titem\tverdict\tarticle\tsuggested_verdict\tsuggested_article\t"
			+ "corrected\tsubject\treviewer\trecorded_at";

	@Autowired
	MockMvc mvc;

	@Autowired
	ClauseChecklists checklists;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	/**
	 * A contract whose check suggested N02 absent and N03 present (第4条); the member
	 * recorded N02 present (第3条第2項, a correction) and N03 as suggested.
	 */
	private ContractSummary labelled(String documentName) {
		ContractSummary contract = ClauseFixtures.nda(this.contractors, this.contracts);
		this.checklists.suggest("contract", contract.id(), suggestion(documentName,
				suggested("N02", ClauseVerdict.ABSENT, null), suggested("N03", ClauseVerdict.PRESENT, "第4条")));
		ClauseFixtures.as("member",
				() -> this.checklists.record("contract", contract.id(),
						this.checklists.find("contract", contract.id()).orElseThrow().version(),
						List.of(ClauseFixtures.present("N02", "第3条第2項"), ClauseFixtures.present("N03", "第4条"))),
				Role.MEMBER);
		return contract;
	}

	private String tsv(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/tab-separated-values")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void theTsvStartsWithTheHeaderAndHoldsOneLinePerDecision() throws Exception {
		String name = document();
		ContractSummary contract = labelled(name);

		String body = tsv(get("/clauses/check-labels.tsv"));

		assertThat(body.lines().findFirst()).hasValue(HEADER);
		assertThat(body.lines()).anySatisfy((line) -> assertThat(line)
			.startsWith(name + "\tN02\tpresent\t第3条第2項\tabsent\t\ttrue\tcontract/" + contract.id() + "\tmember\t")
			.matches(".*\t\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+09:00"));
		assertThat(body.lines())
			.anySatisfy((line) -> assertThat(line).startsWith(name + "\tN03\tpresent\t第4条\tpresent\t第4条\tfalse\t"));
	}

	@Test
	void theTsvIsADownloadWithASafeName() throws Exception {
		this.mvc.perform(get("/clauses/check-labels.tsv").with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers
				.matchesPattern("attachment; filename=\"clause-check-labels-\\d{8}\\.tsv\".*")));
	}

	@Test
	void tabsAndLineBreaksInADocumentNameBecomeSpaces() throws Exception {
		String name = document();
		labelled("改行\n付き\t" + name);

		assertThat(tsv(get("/clauses/check-labels.tsv")).lines())
			.anySatisfy((line) -> assertThat(line).startsWith("改行 付き " + name + "\tN02\t"));
	}

	@Test
	void theApiAnswersTheSameTsvByPathAndByFormat() throws Exception {
		String name = document();
		labelled(name);

		String byPath = tsv(get("/api/v1/clause-check-labels.tsv"));
		String byFormat = tsv(get("/api/v1/clause-check-labels").param("format", "tsv"));

		assertThat(byPath.lines().findFirst()).hasValue(HEADER);
		assertThat(byFormat.lines().findFirst()).hasValue(HEADER);
		assertThat(byPath).contains(name + "\tN02\t");
		assertThat(byFormat).contains(name + "\tN02\t");
	}

	@Test
	void theApiPagesTheDecisionsAndFiltersCorrectedOnes() throws Exception {
		String name = document();
		labelled(name);

		this.mvc
			.perform(get("/api/v1/clause-check-labels").param("corrected", "true")
				.param("size", "100")
				.with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.size").value(100))
			.andExpect(jsonPath("$.content[?(@.documentName == '" + name + "')].requirementId").value("N02"));
	}

	@Test
	void theListScreenShowsOnlyCorrectedDecisionsWhenAsked() throws Exception {
		String name = document();
		ContractSummary contract = labelled(name);

		this.mvc
			.perform(get("/clauses/check-labels").param("correctedOnly", "true").with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("/checklists/contract/" + contract.id())))
			.andExpect(content().string(not(containsString(">第4条<"))));
	}

	@Test
	void theListPagesOnTheServer() throws Exception {
		labelled(document());

		this.mvc.perform(get("/clauses/check-labels").param("size", "1").with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"labels-next\" href=\"/clauses/check-labels?correctedOnly=false&amp;order=desc&amp;size=1&amp;page=1\"")));
	}

	@Test
	void theApiPagesTheDecisions() throws Exception {
		labelled(document());

		this.mvc.perform(get("/api/v1/clause-check-labels").param("size", "1").with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.page.totalPages").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
	}

	@Test
	void theMatrixPageLinksToTheList() throws Exception {
		this.mvc.perform(get("/clauses/matrix").with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/clauses/check-labels\"")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "MEMBER", "COMMITTEE", "AUDITOR", "ADMIN" })
	void internalRolesReadTheDecisions(String role) throws Exception {
		this.mvc.perform(get("/clauses/check-labels").with(user("reader").roles(role))).andExpect(status().isOk());
		this.mvc.perform(get("/clauses/check-labels.tsv").with(user("reader").roles(role))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/clause-check-labels").with(user("reader").roles(role)))
			.andExpect(status().isOk());
	}

	@Test
	void aContractorAccountIsRefusedEverywhere() throws Exception {
		for (String path : List.of("/clauses/check-labels", "/clauses/check-labels.tsv", "/api/v1/clause-check-labels",
				"/api/v1/clause-check-labels.tsv")) {
			this.mvc.perform(get(path).with(user("rep").roles("CONTRACTOR"))).andExpect(status().isNotFound());
		}
	}

}
