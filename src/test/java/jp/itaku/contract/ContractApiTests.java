package jp.itaku.contract;

import jp.itaku.Representative;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jp.itaku.contractor.Contractors;
import jp.itaku.shared.UploadedFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static jp.itaku.contract.ContractFixtures.asMember;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/v1/contracts} per role, its problem details, and the documents. */
@SpringBootTest
@AutoConfigureMockMvc
class ContractApiTests {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	@Autowired
	Clock clock;

	private static RequestPostProcessor member() {
		return user("member").roles("MEMBER");
	}

	private UUID contractor() {
		return asMember(() -> this.contractors.register(ContractFixtures.contractor("API契約株式会社"))).contractorId()
			.value();
	}

	private ContractSummary contract(UUID contractorId) {
		return asMember(
				() -> this.contracts.register(ContractFixtures.renewing(contractorId, LocalDate.now(this.clock))));
	}

	private static String body(UUID contractorId, String title, String endOn, Long version) {
		return """
				{"contractorId":"%s","kind":"DEVELOPMENT","title":"%s","counterparty":"相手方","startOn":"2026-04-01",
				 "endOn":"%s","autoRenewal":true,"renewalMonths":12,"noticeMonths":3%s}""".formatted(contractorId,
				title, endOn, (version != null) ? ",\"version\":" + version : "");
	}

	@Test
	void aMemberCreatesAContractAndGetsItsComputedDeadline() throws Exception {
		this.mvc
			.perform(post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
				.content(body(contractor(), "開発委託契約", "2027-03-31", null))
				.with(member()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/contracts/")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.termEndOn").value("2027-03-31"))
			.andExpect(jsonPath("$.noticeDeadline").value("2026-12-31"));
	}

	@Test
	void badInputIsAProblemWithEachFieldsLocalisedError() throws Exception {
		this.mvc
			.perform(post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
				.content(body(contractor(), "開発委託契約", "2026-03-01", null))
				.with(member()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("endOn"))
			.andExpect(jsonPath("$.errors[0].message").value("終了日は開始日以降の日付にしてください。"));
	}

	@Test
	void anUpdateFromAStaleVersionIs409() throws Exception {
		ContractSummary contract = contract(contractor());
		asMember(() -> this.contracts.changeStatus(contract.id(), 0, ContractStatus.CONCLUDED));

		this.mvc
			.perform(put("/api/v1/contracts/{id}", contract.id()).contentType(MediaType.APPLICATION_JSON)
				.content(body(contract.contractorId(), "古い版からの変更", "2027-03-31", 0L))
				.with(member()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("他の利用者が先に更新しました")));
	}

	@Test
	void anIllegalStatusMoveIs409() throws Exception {
		ContractSummary contract = contract(contractor());

		this.mvc
			.perform(post("/api/v1/contracts/{id}/status", contract.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"RENEWED\",\"version\":0}")
				.with(member()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("この契約は現在の状態からその状態には変更できません。"));
	}

	@Test
	void theCommitteeAndAdministratorsMayChangeTheStatus() throws Exception {
		ContractSummary contract = contract(contractor());

		this.mvc
			.perform(post("/api/v1/contracts/{id}/status", contract.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"CONCLUDED\",\"version\":0}")
				.with(user("committee").roles("COMMITTEE")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONCLUDED"));
		this.mvc
			.perform(post("/api/v1/contracts/{id}/status", contract.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"ENDED\",\"version\":1}")
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"));
	}

	@Test
	void anAuditorReadsButCannotCreate() throws Exception {
		ContractSummary contract = contract(contractor());

		this.mvc.perform(get("/api/v1/contracts/{id}", contract.id()).with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
				.content(body(contract.contractorId(), "監査人の契約", "2027-03-31", null))
				.with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aContractorListsOnlyItsOwnAndGets404ForOthers() throws Exception {
		UUID own = contractor();
		ContractSummary mine = contract(own);
		ContractSummary theirs = contract(contractor());
		RequestPostProcessor representative = user(new Representative(UUID.randomUUID(), own));

		this.mvc.perform(get("/api/v1/contracts").param("size", "100").with(representative))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].contractorId", hasItem(own.toString())))
			.andExpect(jsonPath("$.content[?(@.contractorId != '" + own + "')]").isEmpty());
		this.mvc.perform(get("/api/v1/contracts/{id}", mine.id()).with(representative)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/contracts/{id}", theirs.id()).with(representative))
			.andExpect(status().isNotFound());
	}

	@Test
	void theListFiltersByContractorAndKind() throws Exception {
		UUID contractorId = contractor();
		contract(contractorId);

		this.mvc
			.perform(get("/api/v1/contracts").param("contractor", contractorId.toString())
				.param("kind", "OUTSOURCING")
				.with(member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1));
		this.mvc
			.perform(get("/api/v1/contracts").param("contractor", contractorId.toString())
				.param("kind", "NDA")
				.with(member()))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void aPdfIsAttachedWithItsSha256AndDownloadedSafely() throws Exception {
		ContractSummary contract = contract(contractor());

		this.mvc
			.perform(multipart("/api/v1/contracts/{id}/documents", contract.id())
				.file(new MockMultipartFile("file", "契約書.pdf", "text/plain", PDF))
				.with(member()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value(UploadedFiles.PDF))
			.andExpect(jsonPath("$.sha256").value(UploadedFiles.sha256(PDF)));
		String id = ContractFixtures.firstDocumentId(this.mvc, contract.id(), member());

		this.mvc.perform(get("/api/v1/contracts/{id}/documents/{doc}", contract.id(), id).with(member()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment;")))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''%E5%A5%91%E7%B4%84%E6%9B%B8.pdf")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PDF));
	}

	@Test
	void aWordDocumentIsToldByItsContent() throws Exception {
		ContractSummary contract = contract(contractor());

		this.mvc
			.perform(multipart("/api/v1/contracts/{id}/documents", contract.id())
				.file(new MockMultipartFile("file", "変更契約書.bin", "application/octet-stream", zip("word/document.xml")))
				.with(member()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value(UploadedFiles.DOCX));
	}

	@Test
	void aSpreadsheetOrAPlainZipOrTextIsRefused() throws Exception {
		ContractSummary contract = contract(contractor());
		for (byte[] content : new byte[][] { zip("xl/workbook.xml"), zip("payload.exe"),
				"not a pdf".getBytes(StandardCharsets.UTF_8) }) {
			this.mvc
				.perform(multipart("/api/v1/contracts/{id}/documents", contract.id())
					.file(new MockMultipartFile("file", "契約書.pdf", UploadedFiles.PDF, content))
					.with(member()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("添付できるのは PDF と Word（DOCX）のファイルだけです。"));
		}
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		ContractSummary contract = contract(contractor());

		this.mvc
			.perform(multipart("/api/v1/contracts/{id}/documents", contract.id())
				.file(new MockMultipartFile("file", "空.pdf", UploadedFiles.PDF, new byte[0]))
				.with(member()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("空のファイルは添付できません。"));
	}

	@Test
	void aWithdrawnDocumentStaysListedWithWhoAndWhy() throws Exception {
		ContractSummary contract = contract(contractor());
		this.mvc.perform(multipart("/api/v1/contracts/{id}/documents", contract.id())
			.file(new MockMultipartFile("file", "誤送付.pdf", UploadedFiles.PDF, PDF))
			.with(member()));
		String id = ContractFixtures.firstDocumentId(this.mvc, contract.id(), member());

		this.mvc
			.perform(post("/api/v1/contracts/{id}/documents/{doc}/withdraw", contract.id(), id)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"別契約の書類を誤って添付\"}")
				.with(member()))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/contracts/{id}/documents", contract.id()).with(member()))
			.andExpect(jsonPath("$[0].withdrawnBy").value("member"))
			.andExpect(jsonPath("$[0].withdrawnReason").value("別契約の書類を誤って添付"))
			.andExpect(jsonPath("$[0].sha256").value(UploadedFiles.sha256(PDF)));
	}

	@Test
	void anAuditorCannotAttach() throws Exception {
		ContractSummary contract = contract(contractor());

		this.mvc
			.perform(multipart("/api/v1/contracts/{id}/documents", contract.id())
				.file(new MockMultipartFile("file", "契約書.pdf", UploadedFiles.PDF, PDF))
				.with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isForbidden());
	}

	private static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}
