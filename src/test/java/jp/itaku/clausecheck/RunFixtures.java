package jp.itaku.clausecheck;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.SignedIn;
import jp.itaku.contract.ContractDetails;
import jp.itaku.contract.ContractKind;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import jp.itaku.identity.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A contract with documents attached through the contract page, and its runs read back.
 */
public final class RunFixtures {

	static final RequestPostProcessor MEMBER = user("cc-run-member").roles("MEMBER");

	static final RequestPostProcessor AUDITOR = user("cc-run-auditor").roles("AUDITOR");

	static final RequestPostProcessor COMMITTEE = user("cc-run-committee").roles("COMMITTEE");

	static final RequestPostProcessor CONTRACTOR = user("cc-run-contractor").roles("CONTRACTOR");

	/** 第1条 defines 秘密情報 (N01); 第2条 forbids subcontracting without consent (R01). */
	public static final List<String> CONTRACT = Arrays.asList(ClauseCheckApiTests.CONTRACT.strip().split("\n"));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RunFixtures() {
	}

	/** A new contractor and a draft contract with it. */
	static UUID contract(Contractors contractors, Contracts contracts) {
		return SignedIn.as("cc-run-member", () -> {
			UUID contractorId = contractors
				.register(new ContractorDetails("自動チェック" + UUID.randomUUID(), "ジドウ", null, null, null, null, null,
						Set.of(SupplierType.IT_SERVICE), Set.of(AccessKind.VIEW), InformationClassification.INTERNAL,
						null, null, null, null, null, List.of()))
				.getId();
			ContractSummary contract = contracts.register(new ContractDetails(contractorId, ContractKind.OUTSOURCING,
					"業務委託契約", "CC-" + UUID.randomUUID().toString().substring(0, 8), "相手方", LocalDate.of(2026, 4, 1),
					LocalDate.of(2027, 3, 31), false, null, null, null, null));
			return contract.id();
		}, Role.MEMBER);
	}

	/** A Word document holding the lines, one paragraph each. */
	public static byte[] docx(List<String> lines) {
		return TestDocuments.docx(lines, List.of(), List.of());
	}

	/** Attaches a file on the contract page as a member, as a user would. */
	static void attach(MockMvc mvc, UUID contractId, String fileName, byte[] content) throws Exception {
		mvc.perform(multipart("/contracts/{id}/documents", contractId)
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.with(csrf())
			.with(MEMBER));
	}

	/** The contract's runs as the API lists them, newest first. */
	static JsonNode runs(MockMvc mvc, UUID contractId) throws Exception {
		return JSON
			.readTree(mvc.perform(get("/api/v1/contracts/{id}/clause-checks", contractId).with(MEMBER))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("content");
	}

	/** The newest run's id. */
	static String newestRun(MockMvc mvc, UUID contractId) throws Exception {
		return runs(mvc, contractId).get(0).get("id").asString();
	}

}
