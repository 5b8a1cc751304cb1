package jp.itaku.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.itaku.clause.ChecklistCorrections;
import jp.itaku.clause.ChecklistSubject;
import jp.itaku.clause.ChecklistView;
import jp.itaku.clause.ClauseChecklists;
import jp.itaku.clause.ClauseVerdict;
import jp.itaku.clause.SupplierPolicies;
import jp.itaku.clause.SupplierPolicyView;
import jp.itaku.contract.ContractDetails;
import jp.itaku.contract.ContractKind;
import jp.itaku.contract.ContractStatus;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo checklists as the BRIEF lists them: complete ones complete, the gaps exactly
 * as listed, one gap with an open corrective action, and a documented S01 policy. The
 * demo contracts are made here with the kinds and contractors' profiles of the demo.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoClausesTests {

	@Autowired
	ClauseChecklists checklists;

	@Autowired
	ChecklistCorrections corrections;

	@Autowired
	SupplierPolicies policies;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	@Autowired
	Clock clock;

	private final Map<String, UUID> ids = new LinkedHashMap<>();

	private UUID contract(String number, ContractKind kind, String types, String access, boolean concluded) {
		UUID contractorId = this.contractors
			.register(new ContractorDetails("デモ条項" + number, "デモ", null, null, null, null, null,
					set(types, SupplierType.class), set(access, AccessKind.class), InformationClassification.INTERNAL,
					null, null, null, null, null, List.of()))
			.getId();
		ContractSummary draft = this.contracts.register(new ContractDetails(contractorId, kind, "デモ契約 " + number,
				number + "-" + UUID.randomUUID().toString().substring(0, 4), "相手方", LocalDate.of(2025, 4, 1),
				LocalDate.of(2027, 3, 31), false, null, null, null, null));
		return concluded ? this.contracts.changeStatus(draft.id(), draft.version(), ContractStatus.CONCLUDED).id()
				: draft.id();
	}

	private static <E extends Enum<E>> Set<E> set(String names, Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		Arrays.stream(names.split(",")).filter((s) -> !s.isBlank()).forEach((n) -> set.add(Enum.valueOf(type, n)));
		return set;
	}

	@BeforeAll
	void loadTheDemoChecklists() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-loader", null,
					AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
		try {
			String suirei = "SOFTWARE_DEVELOPMENT,IT_SERVICE";
			this.ids.put("IT-2024-001",
					contract("IT-2024-001", ContractKind.DEVELOPMENT, suirei, "PROCESS,SYSTEM_ACCESS", true));
			this.ids.put("IT-2025-002", contract("IT-2025-002", ContractKind.CLOUD_TERMS,
					"CLOUD_SERVICE,IT_INFRASTRUCTURE", "STORE", true));
			this.ids.put("IT-2023-003",
					contract("IT-2023-003", ContractKind.OUTSOURCING, "FINANCIAL,IT_SERVICE", "PROCESS,STORE", true));
			this.ids.put("IT-2023-004",
					contract("IT-2023-004", ContractKind.PERSONAL_DATA, "FINANCIAL,IT_SERVICE", "PROCESS,STORE", true));
			this.ids.put("IT-2024-005",
					contract("IT-2024-005", ContractKind.NDA, "LOGISTICS,OTHER", "STORE,PHYSICAL_ACCESS", true));
			this.ids.put("IT-2025-006", contract("IT-2025-006", ContractKind.MAINTENANCE,
					"IT_INFRASTRUCTURE,IT_SERVICE", "SYSTEM_ACCESS", true));
			this.ids.put("IT-2026-007", contract("IT-2026-007", ContractKind.OTHER, "OTHER", "VIEW", false));
			this.ids.put("IT-2025-009",
					contract("IT-2025-009", ContractKind.DEVELOPMENT, suirei, "PROCESS,SYSTEM_ACCESS", true));
			this.ids.put("IT-2024-010",
					contract("IT-2024-010", ContractKind.DEVELOPMENT, "SOFTWARE_DEVELOPMENT", "", true));
			new DemoClauses(this.checklists, this.corrections, this.policies, this.clock).load(this.ids);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private ChecklistView checklist(String number) {
		return this.checklists.find(ChecklistSubject.CONTRACT, this.ids.get(number)).orElseThrow();
	}

	@Test
	void theCompleteDemoContractsAreComplete() {
		for (String number : List.of("IT-2024-001", "IT-2023-003", "IT-2023-004", "IT-2024-005", "IT-2025-009")) {
			assertThat(checklist(number).complete()).as(number).isTrue();
		}
	}

	@Test
	void theMaintenanceContractLacksR01WithAnOpenActionAndHasN08Partial() {
		ChecklistView checklist = checklist("IT-2025-006");

		assertThat(checklist.item("R01").orElseThrow().verdict()).isEqualTo(ClauseVerdict.ABSENT);
		assertThat(checklist.item("R01").orElseThrow().correctiveActionId()).isNotNull();
		assertThat(checklist.item("N08").orElseThrow().verdict()).isEqualTo(ClauseVerdict.PARTIAL);
		assertThat(checklist.unresolved()).isEqualTo(2);
		assertThat(checklist.unreviewed()).isZero();
	}

	@Test
	void theKenrokuDevelopmentContractLacksD08AndHasD03Partial() {
		ChecklistView checklist = checklist("IT-2024-010");

		assertThat(checklist.items().stream().filter((i) -> i.unresolved()))
			.extracting((i) -> i.requirementId() + ":" + i.verdict())
			.containsExactlyInAnyOrder("D03:PARTIAL", "D08:ABSENT");
	}

	@Test
	void theCloudTermsHaveTwoGaps() {
		assertThat(checklist("IT-2025-002").unresolved()).isEqualTo(2);
	}

	@Test
	void everySupplierTypeIsDocumentedForS01() {
		assertThat(this.policies.all()).allMatch(SupplierPolicyView::documented);
	}

}
