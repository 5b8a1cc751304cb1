package jp.itaku.clausecheck;

import java.util.List;
import java.util.UUID;

import jp.itaku.contract.Contracts;
import jp.itaku.contractor.Contractors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The check run when a document is attached to a contract (規程 4.2, issue 7): the stored
 * run, a refused document that still uploads, the highlighted view and checking again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractClauseCheckTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Contractors contractors;

	@Autowired
	Contracts contracts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void attachingADocumentStoresARunWithItsVerdicts() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);
		RunFixtures.attach(this.mvc, contractId, "業務委託契約書.docx", RunFixtures.docx(RunFixtures.CONTRACT));

		var run = RunFixtures.runs(this.mvc, contractId).get(0);
		assertThat(run.get("outcome").asString()).isEqualTo("CHECKED");
		assertThat(run.get("documentName").asString()).isEqualTo("業務委託契約書.docx");
		assertThat(run.get("checkedBy").asString()).isEqualTo("cc-run-member");
		assertThat(run.get("articles").asInt()).isEqualTo(2);
		assertThat(run.get("documentSha256").asString()).hasSize(64);
		List<String> verdicts = this.jdbc.sql(
				"SELECT requirement_id || '=' || verdict FROM clause_check_finding WHERE run_id = ? AND verdict <> 'ABSENT'")
			.param(UUID.fromString(run.get("id").asString()))
			.query(String.class)
			.list();
		assertThat(verdicts).contains("N01=PRESENT", "R01=PRESENT");
	}

	@Test
	void everyRunIsInTheAuditTrailOfTheContract() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);
		RunFixtures.attach(this.mvc, contractId, "契約書.docx", RunFixtures.docx(RunFixtures.CONTRACT));

		String changes = this.jdbc
			.sql("SELECT changes FROM audit_entry WHERE record_type = 'contract' AND record_id = ? AND action = ?")
			.params(contractId.toString(), "CLAUSE_CHECK_RAN")
			.query(String.class)
			.single();
		assertThat(changes).contains("契約書.docx", "CHECKED", RunFixtures.newestRun(this.mvc, contractId));
	}

	@Test
	void theCheckCompletesTheEventPublicationOfTheUpload() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);
		RunFixtures.attach(this.mvc, contractId, "契約書.docx", RunFixtures.docx(RunFixtures.CONTRACT));

		List<Boolean> completed = this.jdbc.sql(
				"SELECT completion_date IS NOT NULL FROM event_publication WHERE listener_id LIKE ? AND serialized_event LIKE ?")
			.params("%AttachedDocumentChecks%", "%" + contractId + "%")
			.query(Boolean.class)
			.list();
		assertThat(completed).containsExactly(true);
	}

	@Test
	void anImageOnlyPdfIsARefusedRunAndStillUploads() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);
		this.mvc
			.perform(multipart("/contracts/{id}/documents", contractId)
				.file(new MockMultipartFile("file", "scan.pdf", "application/pdf", TestDocuments.imageOnlyPdf()))
				.with(csrf())
				.with(RunFixtures.MEMBER))
			.andExpect(redirectedUrlPattern("/contracts/*"))
			.andExpect(flash().attribute("notice", "contract.document.notice.attached"));

		var run = RunFixtures.runs(this.mvc, contractId).get(0);
		assertThat(run.get("outcome").asString()).isEqualTo("REFUSED");
		assertThat(run.get("refusedReason").asString()).isEqualTo("clausecheck.error.noTextLayer");
		this.mvc.perform(get("/contracts/{id}/clause-checks", contractId).with(RunFixtures.MEMBER))
			.andExpect(content().string(containsString("文字情報がありません")));
	}

	@Test
	void theViewMarksEachItemsPassageAndAnchorsItsFirstOne() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);
		RunFixtures.attach(this.mvc, contractId, "契約書.docx", RunFixtures.docx(RunFixtures.CONTRACT));
		String runId = RunFixtures.newestRun(this.mvc, contractId);

		this.mvc.perform(get("/contracts/{id}/clause-checks/{run}", contractId, runId).with(RunFixtures.MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>乙は、本業務を第三者に再委託してはならない。</mark>")))
			.andExpect(content().string(containsString("href=\"#R01\"")))
			.andExpect(content().string(containsString("id=\"R01\"")))
			.andExpect(content().string(containsString("href=\"/checklists/contract/" + contractId + "\"")));
	}

	@Test
	void theViewEscapesTheDocumentsText() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);
		RunFixtures.attach(this.mvc, contractId, "契約書.docx",
				RunFixtures.docx(List.of("第1条（秘密情報）", "本契約において「秘密情報」とは、<script>alert(1)</script>甲が開示した一切の情報をいう。")));
		String runId = RunFixtures.newestRun(this.mvc, contractId);

		this.mvc.perform(get("/contracts/{id}/clause-checks/{run}", contractId, runId).with(RunFixtures.MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void checkingAgainAddsANewRun() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);
		RunFixtures.attach(this.mvc, contractId, "契約書.docx", RunFixtures.docx(RunFixtures.CONTRACT));
		String first = RunFixtures.newestRun(this.mvc, contractId);
		String documentId = RunFixtures.runs(this.mvc, contractId).get(0).get("documentId").asString();

		this.mvc
			.perform(post("/contracts/{id}/clause-checks", contractId).param("documentId", documentId)
				.with(csrf())
				.with(RunFixtures.MEMBER))
			.andExpect(redirectedUrlPattern("/contracts/" + contractId + "/clause-checks/*"));

		assertThat(RunFixtures.runs(this.mvc, contractId)).hasSize(2);
		assertThat(RunFixtures.newestRun(this.mvc, contractId)).isNotEqualTo(first);
	}

	@Test
	void theSectionOffersCheckingAgainToAMemberOnly() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);
		RunFixtures.attach(this.mvc, contractId, "契約書.docx", RunFixtures.docx(RunFixtures.CONTRACT));

		this.mvc.perform(get("/contracts/{id}/clause-checks", contractId).with(RunFixtures.MEMBER))
			.andExpect(content().string(containsString("recheck-form")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		this.mvc.perform(get("/contracts/{id}/clause-checks", contractId).with(RunFixtures.AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("clause-check-run")))
			.andExpect(content().string(not(containsString("recheck-form"))));
	}

	@Test
	void theRunsComeAsTheSectionForHtmxAndAsAPageOfTheirOwnOtherwise() throws Exception {
		UUID contractId = RunFixtures.contract(this.contractors, this.contracts);

		this.mvc
			.perform(get("/contracts/{id}/clause-checks", contractId).header("HX-Request", "true")
				.with(RunFixtures.MEMBER))
			.andExpect(content().string(containsString("id=\"clause-check-runs\"")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/contracts/{id}/clause-checks", contractId).with(RunFixtures.MEMBER))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"back-to-contract\"")));
	}

}
