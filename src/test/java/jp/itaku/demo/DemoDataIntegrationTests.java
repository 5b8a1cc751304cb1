package jp.itaku.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Demo mode as a visitor meets it: the demo register is there, every demo user signs in
 * with the demo password, the contractor representative sees only their own company, and
 * a restart loads nothing twice. The demo profile's database file is replaced by an
 * in-memory one so that the test writes no file.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:itaku-demo-${random.uuid};MODE=PostgreSQL;"
		+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoDataIntegrationTests {

	/** The company the demo user {@code contractor} represents. */
	private static final String OWN_COMPANY = "翠嶺システムズ株式会社";

	@Autowired
	MockMvc mvc;

	@Autowired
	Contractors contractors;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	DemoDataLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsAtLeastThirtyContractors() {
		assertThat(as("auditor", this::allContractors)).hasSizeGreaterThanOrEqualTo(30);
	}

	@ParameterizedTest
	@CsvSource({ "admin, ADMIN", "committee, COMMITTEE MEMBER", "committee2, COMMITTEE MEMBER", "member, MEMBER",
			"member2, MEMBER", "auditor, AUDITOR", "contractor, CONTRACTOR" })
	void everyDemoUserSignsInWithTheDemoPasswordAndHoldsTheirRoles(String username, String roles) throws Exception {
		this.mvc.perform(formLogin().user(username).password("itaku-demo"))
			.andExpect(authenticated().withUsername(username).withRoles(roles.split(" ")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "committee", "committee2", "member", "member2", "auditor", "contractor" })
	void everyDemoUserReachesTheApiWithTheDemoPassword(String username) throws Exception {
		this.mvc.perform(get("/api/v1/contractors").with(httpBasic(username, "itaku-demo"))).andExpect(status().isOk());
	}

	@Test
	void aMemberListsTheDemoContractorsThroughTheApi() throws Exception {
		this.mvc.perform(get("/api/v1/contractors").param("size", "100").with(httpBasic("member", "itaku-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(DemoContractors.read().size()))
			.andExpect(jsonPath("$.content[*].name", hasItems("翠嶺ホールディングス株式会社", "Altocumulus Cloud Services, Inc.")));
	}

	@Test
	void theContractorUserGetsAListOfOneThroughTheApi() throws Exception {
		this.mvc.perform(get("/api/v1/contractors").with(httpBasic("contractor", "itaku-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].name").value(OWN_COMPANY));
	}

	@Test
	void theContractorUserGetsNotFoundForAnotherCompanyThroughTheApi() throws Exception {
		Contractor other = anotherCompany();
		this.mvc.perform(get("/api/v1/contractors/{id}", other.getId()).with(httpBasic("contractor", "itaku-demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/contractors/{id}", other.getId()).with(httpBasic("member", "itaku-demo")))
			.andExpect(status().isOk());
	}

	@Test
	void everyDemoChangeIsInTheAuditTrailUnderTheDemoLoader() throws Exception {
		List<DemoContractor> demos = DemoContractors.read();
		int changes = demos.size() + demos.stream().mapToInt((demo) -> demo.statusPath().size()).sum();
		this.mvc
			.perform(get("/api/v1/audit-trail").param("recordType", "contractor")
				.param("actor", "demo-loader")
				.with(httpBasic("auditor", "itaku-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(changes));
		this.mvc.perform(get("/api/v1/audit-trail/verify").with(httpBasic("auditor", "itaku-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
	}

	@Test
	void theDemoUsersAreInTheAuditTrailUnderTheDemoLoader() throws Exception {
		this.mvc
			.perform(get("/api/v1/audit-trail").param("recordType", "user")
				.param("actor", "demo-loader")
				.with(httpBasic("auditor", "itaku-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(DemoUsers.read().size()));
	}

	@Test
	void theApiListsOverdueDemoDutiesIncludingReevaluations() throws Exception {
		this.mvc
			.perform(get("/api/v1/duties").param("status", "OVERDUE")
				.param("size", "100")
				.with(httpBasic("committee", "itaku-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].status", everyItem(is("OVERDUE"))))
			.andExpect(jsonPath("$.content[*].kind",
					hasItems("selection-reevaluation", "regulation-yearly-review", "regulation-acknowledgement")));
	}

	@Test
	void theComplianceTableShowsTheOverdueDemoReevaluationUnderSel04() throws Exception {
		this.mvc.perform(get("/api/v1/compliance").with(httpBasic("committee", "itaku-demo")))
			.andExpect(jsonPath("$[?(@.requirementId == 'SEL-04')].status", hasItems("OVERDUE")));
	}

	@Test
	void theComplianceTableShowsTheSelectionStatusesOfTheDemo() throws Exception {
		// SEL-01 every selected contractor evaluated; SEL-02 candidates and selected-only
		// contractors not informed of version 2; SEL-03 version 2 approved today, so its
		// review is a year away; SEL-04 and OPS-01 tier 1 contractors last evaluated over
		// a
		// year ago
		this.mvc.perform(get("/api/v1/compliance").with(httpBasic("committee", "itaku-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.requirementId == 'SEL-01')].status").value("OK"))
			.andExpect(jsonPath("$[?(@.requirementId == 'SEL-02')].status").value("GAP"))
			.andExpect(jsonPath("$[?(@.requirementId == 'SEL-03')].status").value("OK"))
			.andExpect(jsonPath("$[?(@.requirementId == 'SEL-04')].status").value("OVERDUE"))
			.andExpect(jsonPath("$[?(@.requirementId == 'OPS-01')].status").value("OVERDUE"));
	}

	@Test
	void theDemoCriteriaVersionTwoWasApprovedByTheCommitteeAndEvaluationsShowEveryResult() throws Exception {
		this.mvc.perform(get("/api/v1/selection/criteria/current").with(httpBasic("auditor", "itaku-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(2))
			.andExpect(jsonPath("$.approvalId").isNotEmpty());
		this.mvc.perform(get("/api/v1/selection/re-evaluations").with(httpBasic("auditor", "itaku-demo")))
			.andExpect(jsonPath("$[*].lastResult", hasItems("PASS", "CONDITIONAL")))
			.andExpect(jsonPath("$[*].state", hasItems("OVERDUE", "OUTDATED_CRITERIA")));
	}

	@Test
	void theComplianceTableShowsTheS03GapOfTheContractorsWithoutRecordedAccess() throws Exception {
		this.mvc.perform(get("/api/v1/compliance").with(httpBasic("committee", "itaku-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.requirementId == 'S01')].status").value("OK"))
			.andExpect(jsonPath("$[?(@.requirementId == 'S03')].status").value("GAP"));
	}

	@Test
	void theRegulationAsksTheMembersToAcknowledgeAndItsYearlyReviewIsOverdue() throws Exception {
		this.mvc.perform(get("/api/v1/regulation/requirements").with(httpBasic("member", "itaku-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(64));
		this.mvc.perform(get("/api/v1/regulation/requirements").with(httpBasic("contractor", "itaku-demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/regulation/requirements")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/compliance").with(httpBasic("committee", "itaku-demo")))
			.andExpect(jsonPath("$[?(@.requirementId == 'REV-01')].status").value("OK"))
			.andExpect(jsonPath("$[?(@.requirementId == 'PUB-01')].status").value("GAP"))
			.andExpect(jsonPath("$[?(@.requirementId == 'PUB-01')].detail",
					contains(containsString("対象者 6 名のうち 3 名が第1版を未確認です"))))
			.andExpect(jsonPath("$[?(@.requirementId == 'REV-02')].status").value("OK"))
			.andExpect(jsonPath("$[?(@.requirementId == 'REV-03')].status").value("OVERDUE"));
		this.mvc.perform(get("/api/v1/approvals").param("status", "PENDING").with(httpBasic("committee", "itaku-demo")))
			.andExpect(jsonPath("$.content[*].subjectType", hasItems("regulation-revision", "subcontracting")));
		this.mvc.perform(get("/").with(user("member").roles("MEMBER")))
			.andExpect(content().string(containsString("id=\"regulation-banner\"")));
	}

	@Test
	void theOverdueDutiesIncludeTheYearlyReviewAndTheMembersWhoHaveNotAcknowledged() throws Exception {
		this.mvc
			.perform(get("/api/v1/duties").param("status", "OVERDUE")
				.param("requirement", "REV-03")
				.with(httpBasic("committee", "itaku-demo")))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].committee").value(true));
		this.mvc
			.perform(get("/api/v1/duties").param("status", "OVERDUE")
				.param("requirement", "PUB-01")
				.param("sort", "owner")
				.with(httpBasic("committee", "itaku-demo")))
			.andExpect(jsonPath("$.content[*].owner", contains("auditor", "member", "member2")));
	}

	@Test
	void everyDemoContractorReachesItsStatusThroughTheLifeCycle() {
		Map<String, Contractor> stored = byName(as("auditor", this::allContractors));
		for (DemoContractor demo : DemoContractors.read()) {
			assertThat(stored.get(demo.details().name()).getStatus()).as(demo.key()).isEqualTo(demo.finalStatus());
		}
	}

	@Test
	void subsidiariesPointToTheirParentCompany() {
		Map<String, Contractor> stored = byName(as("auditor", this::allContractors));
		Map<String, DemoContractor> demos = DemoContractors.read()
			.stream()
			.collect(Collectors.toMap(DemoContractor::key, Function.identity()));
		List<DemoContractor> subsidiaries = demos.values().stream().filter((demo) -> demo.parentKey() != null).toList();
		assertThat(subsidiaries).isNotEmpty();
		for (DemoContractor subsidiary : subsidiaries) {
			Contractor parent = stored.get(demos.get(subsidiary.parentKey()).details().name());
			assertThat(stored.get(subsidiary.details().name()).getParentId()).isEqualTo(parent.getId());
		}
	}

	@Test
	void theDemoLoaderIsRecordedAsTheActor() {
		assertThat(as("auditor", this::allContractors)).allSatisfy((contractor) -> {
			assertThat(contractor.getCreatedBy()).isEqualTo("demo-loader");
			assertThat(contractor.getUpdatedBy()).isEqualTo("demo-loader");
		});
	}

	@Test
	void theContractorUserSeesOnlyTheirOwnCompany() {
		assertThat(as("contractor", this::allContractors)).extracting(Contractor::getName).containsExactly(OWN_COMPANY);
	}

	@Test
	void theContractorUserCannotOpenAnotherCompany() {
		Contractor other = anotherCompany();
		assertThat(as("contractor", () -> this.contractors.find(other.contractorId()))).isEmpty();
	}

	@Test
	void loadingAgainCreatesNothing() throws Exception {
		int contractorsBefore = as("auditor", this::allContractors).size();
		long usersBefore = this.accounts.count();

		this.loader.run(new DefaultApplicationArguments());

		assertThat(as("auditor", this::allContractors)).hasSize(contractorsBefore);
		assertThat(this.accounts.count()).isEqualTo(usersBefore);
	}

	@Test
	void theDemoContractIt2023003NearsItsNoticeDeadline() throws Exception {
		this.mvc
			.perform(get("/api/v1/contracts").param("dueWithin", "30")
				.param("status", "RENEWED")
				.with(httpBasic("member", "itaku-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].number").value("IT-2023-003"))
			.andExpect(jsonPath("$.content[0].daysToNoticeDeadline",
					allOf(greaterThanOrEqualTo(15), lessThanOrEqualTo(25))));
		this.mvc.perform(get("/api/v1/contracts").param("size", "100").with(httpBasic("member", "itaku-demo")))
			.andExpect(jsonPath("$.page.totalElements").value(10));
	}

	@Test
	void theLoginPageShowsTheDemoPassword() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"demo-hint\"")))
			.andExpect(content().string(containsString("itaku-demo")));
	}

	@Test
	void theDemoChainRunsTwoLevelsBelowSuireiSystemsAndBothLinksAreActive() throws Exception {
		Contractor own = byName(as("auditor", this::allContractors)).get(OWN_COMPANY);
		this.mvc
			.perform(get("/api/v1/contractors/{id}/subcontracting-chain", own.getId())
				.with(httpBasic("contractor", "itaku-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.depth").value(2))
			.andExpect(jsonPath("$.links[0].subcontractorName").value("翠嶺システムズ九州株式会社"))
			.andExpect(jsonPath("$.links[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$.links[0].below[0].subcontractorName").value("株式会社ゆいまーるテック"))
			.andExpect(jsonPath("$.links[0].below[0].status").value("ACTIVE"));
	}

	@Test
	void theDemoHasASubcontractingRequestBeforeTheCommitteeAndAnOpenFindingUnderR01() throws Exception {
		this.mvc
			.perform(get("/api/v1/subcontracting-requests").param("pending", "true")
				.with(httpBasic("auditor", "itaku-demo")))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].subcontractorName").value("株式会社かもめデータセンター"));
		this.mvc.perform(get("/api/v1/subcontracting-findings").with(httpBasic("auditor", "itaku-demo")))
			.andExpect(jsonPath("$.content[0].subcontractorName").value("株式会社ノースライン保守"))
			.andExpect(jsonPath("$.content[0].status").value("OPEN"));
		this.mvc.perform(get("/api/v1/compliance").with(httpBasic("committee", "itaku-demo")))
			.andExpect(jsonPath("$[?(@.requirementId == 'R01')].status").value("GAP"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "N01", "N02", "N03", "N04", "N05", "N06", "N07", "N08", "N09", "N10", "D01", "D02", "D03",
			"D04", "D05", "D06", "D07", "D08", "D09", "D10", "D11", "S01", "S02", "S03", "S04", "S05", "S06", "S07",
			"S08", "S09", "S10", "S11", "S12", "S13", "Q01", "Q02", "R01", "MGT-01", "OPS-04" })
	void everyContractRequirementIsTrackedInTheComplianceTable(String requirementId) throws Exception {
		// issue 6: the clauses of 4.2, the organisation's own items and the contract
		// reviews
		// all report a status computed from the records, none NOT_TRACKED
		this.mvc.perform(get("/api/v1/compliance").with(httpBasic("committee", "itaku-demo")))
			.andExpect(jsonPath("$[?(@.requirementId == '" + requirementId + "')].status",
					contains(is(not("NOT_TRACKED")))));
	}

	@Test
	void theDemoContractsShowGapsNamingTheirContracts() throws Exception {
		// IT-2025-006 lacks R01 and IT-2024-010 lacks D08 (demo/clause-checklists.tsv)
		this.mvc.perform(get("/api/v1/compliance").with(httpBasic("committee", "itaku-demo")))
			.andExpect(jsonPath("$[?(@.requirementId == 'R01')].status", contains("GAP")))
			.andExpect(jsonPath("$[?(@.requirementId == 'D08')].status", contains("GAP")))
			.andExpect(jsonPath("$[?(@.requirementId == 'D08')].detail", contains(containsString("IT-2024-010"))));
	}

	@Test
	void theDemoTrainingLeavesS10CompleteAndNamesWhoLacksTheS11Training() throws Exception {
		// the procurement training ten months ago covers member and member2; the one on
		// dealing with contractors' people was thirteen months ago and never given to
		// member2 or committee2
		this.mvc.perform(get("/api/v1/compliance").with(httpBasic("auditor", "itaku-demo")))
			.andExpect(jsonPath("$[?(@.requirementId == 'S10')].status").value("OK"))
			.andExpect(jsonPath("$[?(@.requirementId == 'S11')].status").value("GAP"))
			.andExpect(jsonPath("$[?(@.requirementId == 'S11')].detail",
					hasItems(allOf(containsString("member2"), containsString("committee2")))));
	}

	@Test
	void theDemoDraftIsCheckedWhenAttached() {
		// issue 7: attaching IT-2026-007's draft ran the automatic clause check, recorded
		// under the member who attached it
		List<String> outcomes = this.jdbc
			.sql("SELECT outcome || ' by ' || checked_by FROM clause_check_run WHERE document_name = ?")
			.param("会報誌印刷・発送業務委託契約書（案）.docx")
			.query(String.class)
			.list();
		assertThat(outcomes).containsExactly("CHECKED by member2");
	}

	private Contractor anotherCompany() {
		return as("auditor", this::allContractors).stream()
			.filter((contractor) -> !contractor.getName().equals(OWN_COMPANY))
			.findFirst()
			.orElseThrow();
	}

	private List<Contractor> allContractors() {
		return this.contractors.search(ContractorQuery.all(), Pageable.unpaged()).getContent();
	}

	private static Map<String, Contractor> byName(List<Contractor> contractors) {
		return contractors.stream().collect(Collectors.toMap(Contractor::getName, Function.identity()));
	}

	/** Runs {@code action} signed in as the demo user {@code username}. */
	private <T> T as(String username, Supplier<T> action) {
		UserDetails user = this.userDetails.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
