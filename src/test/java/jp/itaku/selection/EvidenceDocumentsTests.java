package jp.itaku.selection;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.Contractors;
import jp.itaku.shared.UploadedFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence documents attached to an evaluation (規程 4.1(1) SEL-01): what is accepted, what
 * comes back, and who may do what.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvidenceDocumentsTests {

	static final RequestPostProcessor MEMBER = user("ev-member").roles("MEMBER");

	static final RequestPostProcessor AUDITOR = user("ev-auditor").roles("AUDITOR");

	static final RequestPostProcessor CONTRACTOR = user("ev-contractor").roles("CONTRACTOR");

	static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	Contractors contractors;

	@Autowired
	EvidenceSettings settings;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPdfComesBackByteIdenticalAsAnUnsniffedAttachmentWithItsHash() throws Exception {
		EvaluationView view = evaluated("根拠PDF株式会社");
		UUID evaluation = view.id();
		String criterion = view.scores().get(0).code();

		JsonNode attached = attach(evaluation, "証跡.pdf", PDF, criterion);
		MvcResult download = this.mvc
			.perform(get(documents(evaluation) + "/" + attached.get("id").asString()).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment;")))
			.andReturn();

		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
		assertThat(attached.get("sha256").asString()).isEqualTo(UploadedFiles.sha256(PDF)).hasSize(64);
		assertThat(attached.get("criterionCode").asString()).isEqualTo(criterion);
	}

	@Test
	void anExecutableNamedPdfIsRefusedInJapaneseAndNothingIsStored() throws Exception {
		UUID evaluation = evaluation("実行形式株式会社");
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };

		this.mvc.perform(upload(evaluation, "report.pdf", exe).with(MEMBER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value("添付できるのはPDF・Word（docx）・Excel（xlsx）・PNG・JPEGのファイルだけです。"));

		assertThat(stored(evaluation)).isZero();
	}

	@Test
	void aTextFileNamedPdfIsRefusedInTheCallersLanguage() throws Exception {
		UUID evaluation = evaluation("テキスト株式会社");

		this.mvc
			.perform(upload(evaluation, "notes.pdf", "just some text".getBytes(StandardCharsets.UTF_8)).with(MEMBER)
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message")
				.value("Only PDF, Word (docx), Excel (xlsx), PNG and JPEG files can be attached."));

		assertThat(stored(evaluation)).isZero();
	}

	@Test
	void aFileOverTheSizeLimitIsRefused() throws Exception {
		UUID evaluation = evaluation("大容量株式会社");
		byte[] large = Arrays.copyOf(PDF, (int) this.settings.maxEvidenceSize().toBytes() + 1);

		this.mvc.perform(upload(evaluation, "large.pdf", large).with(MEMBER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("ファイルは20MBまでです。"));

		assertThat(stored(evaluation)).isZero();
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		UUID evaluation = evaluation("空ファイル株式会社");

		this.mvc.perform(upload(evaluation, "empty.pdf", new byte[0]).with(MEMBER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("空のファイルは添付できません。"));

		assertThat(stored(evaluation)).isZero();
	}

	@Test
	void aCriterionNotScoredInTheEvaluationIsRefused() throws Exception {
		UUID evaluation = evaluation("基準外株式会社");

		this.mvc.perform(upload(evaluation, "a.pdf", PDF).param("criterion", "ZZ99").with(MEMBER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("criterion"));

		assertThat(stored(evaluation)).isZero();
	}

	@Test
	void anAuditorReadsTheListButMayNotAttach() throws Exception {
		UUID evaluation = evaluation("監査閲覧株式会社");
		attach(evaluation, "a.pdf", PDF, null);

		this.mvc.perform(upload(evaluation, "b.pdf", PDF).with(AUDITOR)).andExpect(status().isForbidden());
		this.mvc.perform(get(documents(evaluation)).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void aContractorsAccountMayNeitherAttachNorListNorDownload() throws Exception {
		UUID evaluation = evaluation("委託先不可株式会社");
		String id = attach(evaluation, "a.pdf", PDF, null).get("id").asString();

		this.mvc.perform(upload(evaluation, "b.pdf", PDF).with(CONTRACTOR)).andExpect(status().isForbidden());
		this.mvc.perform(get(documents(evaluation)).with(CONTRACTOR)).andExpect(status().isForbidden());
		this.mvc.perform(get(documents(evaluation) + "/" + id).with(CONTRACTOR)).andExpect(status().isForbidden());
		this.mvc.perform(get("/selection/evaluations/{e}/documents/{d}", evaluation, id).with(CONTRACTOR))
			.andExpect(status().isForbidden());
	}

	@Test
	void eachAttachmentIsRecordedInTheAuditTrail() throws Exception {
		UUID evaluation = evaluation("監査記録株式会社");

		String id = attach(evaluation, "a.pdf", PDF, null).get("id").asString();

		assertThat(this.jdbc
			.queryForList("SELECT changes FROM audit_entry WHERE record_type = 'selection-evidence' AND record_id = ?"
					+ " AND action = 'ATTACHED' AND actor = 'ev-member'", String.class, id))
			.singleElement()
			.asString()
			.contains("sha256: " + UploadedFiles.sha256(PDF));
	}

	@Test
	void theEvaluationPageListsAnUploadedDocumentWithItsHash() throws Exception {
		UUID evaluation = evaluation("画面添付株式会社");

		this.mvc
			.perform(multipart("/selection/evaluations/{id}/documents", evaluation)
				.file(new MockMultipartFile("file", "C:\\temp\\契約書.pdf", "application/pdf", PDF))
				.with(MEMBER)
				.with(csrf()))
			.andExpect(redirectedUrl("/selection/evaluations/" + evaluation + "#evidence"))
			.andExpect(flash().attribute("flash", "selection.evidence.flash.attached"));

		this.mvc.perform(get("/selection/evaluations/{id}", evaluation).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">契約書.pdf<"), containsString(UploadedFiles.sha256(PDF)))));
	}

	@Test
	void theEvaluationPageShowsWhyAnUploadWasRefused() throws Exception {
		UUID evaluation = evaluation("画面拒否株式会社");

		this.mvc
			.perform(multipart("/selection/evaluations/{id}/documents", evaluation)
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf",
						"text".getBytes(StandardCharsets.UTF_8)))
				.with(MEMBER)
				.with(csrf()))
			.andExpect(flash().attribute("evidenceErrors",
					java.util.List.of("添付できるのはPDF・Word（docx）・Excel（xlsx）・PNG・JPEGのファイルだけです。")));

		assertThat(stored(evaluation)).isZero();
	}

	@Test
	void aJapaneseFileNameSurvivesAsFilenameStar() throws Exception {
		UUID evaluation = evaluation("日本語名株式会社");
		String id = attach(evaluation, "選定評価 証跡.pdf", PDF, null).get("id").asString();

		this.mvc.perform(get("/selection/evaluations/{e}/documents/{d}", evaluation, id).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"____ __.pdf\"; filename*=UTF-8''"
					+ "%E9%81%B8%E5%AE%9A%E8%A9%95%E4%BE%A1%20%E8%A8%BC%E8%B7%A1.pdf"));
	}

	private UUID evaluation(String name) {
		return evaluated(name).id();
	}

	private EvaluationView evaluated(String name) {
		Contractor contractor = SelectionApiTests.register(this.contractors, name);
		return SelectionFixtures.passingEvaluation(this.context, contractor.contractorId());
	}

	private JsonNode attach(UUID evaluation, String name, byte[] content, String criterion) throws Exception {
		MockMultipartHttpServletRequestBuilder request = upload(evaluation, name, content);
		if (criterion != null) {
			request.param("criterion", criterion);
		}
		MvcResult result = this.mvc.perform(request.with(MEMBER)).andExpect(status().isCreated()).andReturn();
		return this.json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static MockMultipartHttpServletRequestBuilder upload(UUID evaluation, String name, byte[] content) {
		return multipart(documents(evaluation)).file(new MockMultipartFile("file", name, "application/pdf", content));
	}

	private static String documents(UUID evaluation) {
		return "/api/v1/selection/evaluations/" + evaluation + "/documents";
	}

	private long stored(UUID evaluation) {
		return this.context.getBean(EvidenceDocumentRepository.class).countByEvaluationId(evaluation);
	}

}
