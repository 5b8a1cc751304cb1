package jp.itaku;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jp.itaku.clause.CheckSuggestion;
import jp.itaku.clause.CheckSuggestion.SuggestedFinding;
import jp.itaku.clause.ClauseChecklists;
import jp.itaku.clause.ClauseVerdict;
import jp.itaku.selection.EvidenceDocumentView;
import jp.itaku.selection.EvidenceDocuments;
import jp.itaku.selection.SelectionFixtures;
import jp.itaku.contract.ContractDetails;
import jp.itaku.contract.ContractKind;
import jp.itaku.contract.ContractStatus;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.compliance.Compliance;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementCompliance;
import jp.itaku.regulation.Regulation;
import jp.itaku.regulation.ReviewForm;
import jp.itaku.regulation.ReviewOutcome;
import jp.itaku.regulation.Reviews;
import jp.itaku.subcontracting.ChainView;
import jp.itaku.subcontracting.Subcontracting;
import jp.itaku.subcontracting.SubcontractingChains;
import jp.itaku.subcontracting.SubcontractingFixtures;
import jp.itaku.subcontracting.SubcontractingQuery;
import jp.itaku.subcontracting.SubcontractingStatus;
import jp.itaku.subcontracting.SubcontractingView;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a real PostgreSQL, configured as in production (profile
 * {@code postgres}): every Flyway migration runs there, Hibernate validates the schema
 * against it, and the register's queries answer as on H2.
 */
class PostgresIntegrationTests {

	private static PostgresSupport postgres;

	private static ConfigurableApplicationContext app;

	private static final String API_USER = "pg-api-member";

	private static final String API_PASSWORD = "pg-api-member-password";

	private static final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startApplicationOnPostgres() throws Exception {
		postgres = PostgresSupport.start();
		app = postgres.startNode();
		app.getBean(UserAccounts.class).createLocal(API_USER, "API会員", API_PASSWORD, Set.of(Role.MEMBER), null);
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null) {
			app.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void runsOnPostgresWithTheSchemaValidatedByHibernate() {
		JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));

		assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL 18");
		assertThat(app.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
	}

	@Test
	void appliesEveryMigrationSuccessfully() {
		JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));

		List<Boolean> outcomes = jdbc
			.queryForList("SELECT success FROM flyway_schema_history WHERE version IS NOT NULL", Boolean.class);
		assertThat(outcomes).isNotEmpty().containsOnly(true);
	}

	@Test
	void h2AndPostgresRunExactlyTheSameMigrationFiles() throws IOException {
		// the embedded default's own setting, so that a location added only for one
		// database would show up as a difference
		String locations = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"))
			.getProperty("spring.flyway.locations");
		SimpleDriverDataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:migrations-compared;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(h2).locations(locations).load().migrate();

		String history = "SELECT version, script, checksum FROM flyway_schema_history WHERE version IS NOT NULL"
				+ " ORDER BY installed_rank";
		List<Map<String, Object>> onH2 = new JdbcTemplate(h2).queryForList(history);
		List<Map<String, Object>> onPostgres = new JdbcTemplate(app.getBean(DataSource.class)).queryForList(history);
		assertThat(onPostgres).hasSizeGreaterThanOrEqualTo(3).isEqualTo(onH2);
	}

	@Test
	void findsAContractorByKanaTypedInHiragana() {
		Contractor registered = asMember(
				() -> contractors().register(details("ホッカイ運輸株式会社", "ホッカイウンユ", SupplierType.LOGISTICS)));

		Page<Contractor> found = asMember(
				() -> contractors().search(query("ほっかいうんゆ", null, null), PageRequest.of(0, 20)));

		assertThat(found.getContent()).extracting(Contractor::getId).containsExactly(registered.getId());
	}

	@Test
	void filtersByStatusAndSupplierType() {
		Contractor selected = asMember(
				() -> contractors().register(details("フィルタ選定クラウド株式会社", "フィルタセンテイクラウド", SupplierType.CLOUD_SERVICE)));
		asMember(() -> SelectionFixtures.passingEvaluation(app, selected.contractorId()));
		asMember(() -> contractors().changeStatus(selected.contractorId(), selected.getVersion(),
				ContractorStatus.SELECTED, "選定基準を満たす"));
		asMember(() -> contractors().register(details("フィルタ候補クラウド株式会社", "フィルタコウホクラウド", SupplierType.CLOUD_SERVICE)));
		asMember(() -> contractors().register(details("フィルタ選定物流株式会社", "フィルタセンテイブツリュウ", SupplierType.LOGISTICS)));

		Page<Contractor> found = asMember(() -> contractors()
			.search(query("フィルタ", ContractorStatus.SELECTED, SupplierType.CLOUD_SERVICE), PageRequest.of(0, 20)));

		assertThat(found.getContent()).extracting(Contractor::getName).containsExactly("フィルタ選定クラウド株式会社");
	}

	@Test
	void sortsByKanaAndPages() {
		for (String kana : List.of("ページサ", "ページア", "ページカ")) {
			asMember(() -> contractors().register(details(kana + "商事", kana, SupplierType.OTHER)));
		}

		Page<Contractor> first = asMember(
				() -> contractors().search(query("ページ", null, null), PageRequest.of(0, 2, Sort.by("nameKana"))));
		Page<Contractor> second = asMember(
				() -> contractors().search(query("ページ", null, null), PageRequest.of(1, 2, Sort.by("nameKana"))));

		assertThat(first.getTotalElements()).isEqualTo(3);
		assertThat(first.getContent()).extracting(Contractor::getNameKana).containsExactly("ページア", "ページカ");
		assertThat(second.getContent()).extracting(Contractor::getNameKana).containsExactly("ページサ");
	}

	@Test
	void apiRegistersAContractorAndReadsItBack() throws Exception {
		HttpResponse<String> created = api("POST", "/api/v1/contractors",
				"{\"name\":\"API登録株式会社\",\"nameKana\":\"エーピーアイトウロク\",\"supplierTypes\":[\"IT_SERVICE\"],"
						+ "\"accessKinds\":[\"PROCESS\"],\"highestClassification\":\"CONFIDENTIAL\"}");
		String location = created.headers().firstValue("Location").orElseThrow();

		HttpResponse<String> read = api("GET", URI.create(location).getPath(), null);

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(json(read).get("name").asString()).isEqualTo("API登録株式会社");
	}

	@Test
	void apiSearchesByKanaSortedAndPaged() throws Exception {
		for (String kana : List.of("エーピーアイケンサクウ", "エーピーアイケンサクア", "エーピーアイケンサクイ")) {
			asMember(() -> contractors().register(details(kana + "株式会社", kana, SupplierType.FINANCIAL)));
		}

		HttpResponse<String> page = api("GET", "/api/v1/contractors?q="
				+ URLEncoder.encode("えーぴーあいけんさく", StandardCharsets.UTF_8) + "&sort=nameKana,desc&page=0&size=2", null);

		JsonNode body = json(page);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(body.get("page").get("totalElements").asLong()).isEqualTo(3);
		assertThat(body.get("content").valueStream().map((row) -> row.get("nameKana").asString()))
			.containsExactly("エーピーアイケンサクウ", "エーピーアイケンサクイ");
	}

	@Test
	void apiRefusesAStaleVersionAndKeepsTheRecord() throws Exception {
		Contractor contractor = asMember(
				() -> contractors().register(details("版管理株式会社", "ハンカンリ", SupplierType.SOFTWARE_DEVELOPMENT)));
		String path = "/api/v1/contractors/" + contractor.getId();
		String change = "{\"version\":%d,\"name\":\"%s\",\"nameKana\":\"ハンカンリ\"}";
		assertThat(api("PUT", path, change.formatted(contractor.getVersion(), "版管理株式会社（新）")).statusCode())
			.isEqualTo(200);

		HttpResponse<String> stale = api("PUT", path, change.formatted(contractor.getVersion(), "上書き株式会社"));

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(json(api("GET", path, null)).get("name").asString()).isEqualTo("版管理株式会社（新）");
	}

	@Test
	void theRegulationsRevisionQueriesRunOnPostgres() throws Exception {
		String text = app.getBean(Regulation.class).textOf(1).replace("委託先の選定基準を作成し", "委託先の選定基準を作成して年1回見直し");
		String body = JsonMapper.builder()
			.build()
			.writeValueAsString(Map.of("title", "PG 変更申請", "reason", "PostgreSQL で確認", "proposedText", text));
		assertThat(api("POST", "/api/v1/regulation/changes", body).statusCode()).isEqualTo(201);
		assertThat(json(api("GET", "/api/v1/regulation/changes?status=UNDER_REVIEW&page=0&size=5", null)).get("page")
			.get("totalElements")
			.asLong()).isGreaterThanOrEqualTo(1);
		assertThat(api("POST", "/api/v1/regulation/versions/1/acknowledgement", null).statusCode()).isEqualTo(201);
		asCommittee(() -> app.getBean(Reviews.class)
			.record(new ReviewForm(LocalDate.now(ZoneId.of("Asia/Tokyo")), ReviewOutcome.NO_CHANGE, "PG 年次見直し",
					List.of())));

		JsonNode reviews = json(api("GET", "/api/v1/regulation/reviews?page=0&size=5", null));
		JsonNode compliance = json(api("GET", "/api/v1/compliance", null));

		assertThat(reviews.get("reviews").get("content").get(0).get("summary").asString()).isEqualTo("PG 年次見直し");
		assertThat(compliance.valueStream()
			.filter((row) -> row.get("requirementId").asString().startsWith("REV-"))
			.map((row) -> row.get("status").asString())).containsExactly("OK", "OK", "OK");
	}

	@Test
	void theCorrectiveActionListFiltersOverdueAndTakesStepsOnPostgres() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		String open = "{\"requirementId\":\"SEL-04\",\"what\":\"%s\",\"assignee\":\"" + API_USER
				+ "\",\"dueOn\":\"%s\"}";
		HttpResponse<String> late = api("POST", "/api/v1/corrective-actions",
				open.formatted("PG 期限超過の是正", today.minusDays(3)));
		assertThat(
				api("POST", "/api/v1/corrective-actions", open.formatted("PG 期限内の是正", today.plusDays(3))).statusCode())
			.isEqualTo(201);
		String path = "/api/v1/corrective-actions/" + json(late).get("id").asString();

		HttpResponse<String> started = api("POST", path + "/start", "{\"version\":0}");
		JsonNode overdue = json(api("GET",
				"/api/v1/corrective-actions?overdue=true&assignee=" + API_USER + "&sort=opened&desc=true&page=0&size=5",
				null));

		assertThat(late.statusCode()).isEqualTo(201);
		assertThat(started.statusCode()).isEqualTo(200);
		assertThat(overdue.get("content").valueStream().map((row) -> row.get("what").asString()))
			.containsExactly("PG 期限超過の是正");
		assertThat(overdue.get("content").get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void theClauseChecklistMatrixAndComplianceQueriesRunOnPostgres() throws Exception {
		Contractor contractor = asMember(
				() -> contractors().register(details("PG条項株式会社", "ピージージョウコウ", SupplierType.IT_SERVICE)));
		Contracts contracts = app.getBean(Contracts.class);
		ContractSummary contract = asMember(() -> {
			ContractSummary draft = contracts
				.register(new ContractDetails(contractor.getId(), ContractKind.NDA, "PG 秘密保持契約", "PG-CL-1", "PG条項株式会社",
						LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), false, null, null, null, null));
			return contracts.changeStatus(draft.id(), draft.version(), ContractStatus.CONCLUDED);
		});
		String path = "/api/v1/contracts/" + contract.id() + "/checklist";
		long version = json(api("GET", path, null)).get("version").asLong();

		HttpResponse<String> recorded = api("PUT", path,
				"{\"version\":" + version + ",\"findings\":[{\"requirementId\":\"N08\",\"verdict\":\"ABSENT\"}]}");
		JsonNode gaps = json(api("GET", "/api/v1/clause-matrix?kind=NDA&gapsOnly=true&size=100", null));
		JsonNode n08 = json(api("GET", "/api/v1/compliance", null)).valueStream()
			.filter((row) -> row.get("requirementId").asString().equals("N08"))
			.findFirst()
			.orElseThrow();

		assertThat(recorded.statusCode()).isEqualTo(200);
		assertThat(json(recorded).get("unresolved").asInt()).isEqualTo(1);
		assertThat(gaps.get("content").valueStream().map((row) -> row.get("contractId").asString()))
			.contains(contract.id().toString());
		assertThat(n08.get("status").asString()).isEqualTo("GAP");
	}

	@Test
	void theClauseCheckSuggestionAndItsLabelledDecisionsRunOnPostgres() throws Exception {
		Contractor contractor = asMember(
				() -> contractors().register(details("PG自動判定株式会社", "ピージージドウハンテイ", SupplierType.IT_SERVICE)));
		Contracts contracts = app.getBean(Contracts.class);
		ContractSummary contract = asMember(() -> {
			ContractSummary draft = contracts.register(
					new ContractDetails(contractor.getId(), ContractKind.NDA, "PG 自動判定契約", "PG-CC-1", "PG自動判定株式会社",
							LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), false, null, null, null, null));
			return contracts.changeStatus(draft.id(), draft.version(), ContractStatus.CONCLUDED);
		});
		UUID run = UUID.randomUUID();
		app.getBean(ClauseChecklists.class)
			.suggest("contract", contract.id(),
					new CheckSuggestion(run, "PG秘密保持契約書.pdf", "ab".repeat(32), "/clause-checks/runs/" + run,
							List.of(new SuggestedFinding("N02", ClauseVerdict.ABSENT, null, 0.9))));
		String path = "/api/v1/contracts/" + contract.id() + "/checklist";
		JsonNode suggested = json(api("GET", path, null));

		HttpResponse<String> recorded = api("PUT", path, "{\"version\":" + suggested.get("version").asLong()
				+ ",\"findings\":[{\"requirementId\":\"N02\",\"verdict\":\"PRESENT\",\"article\":\"第3条\"}]}");
		JsonNode corrected = json(api("GET", "/api/v1/clause-check-labels?corrected=true&size=100", null));

		assertThat(suggested.get("items").get(1).get("suggestion").get("verdict").asString()).isEqualTo("ABSENT");
		assertThat(recorded.statusCode()).isEqualTo(200);
		assertThat(corrected.get("content").valueStream().map((row) -> row.get("documentName").asString()))
			.contains("PG秘密保持契約書.pdf");
	}

	@Test
	void theAwarenessTrainingQueriesRunOnPostgres() throws Exception {
		String session = "{\"kind\":\"PROCUREMENT\",\"title\":\"PG 調達研修\",\"heldOn\":\"2026-01-15\","
				+ "\"trainer\":\"事務局\",\"attendees\":[\"" + API_USER + "\"]}";
		assertThat(api("POST", "/api/v1/awareness/sessions", session).statusCode()).isEqualTo(201);
		JsonNode listed = json(
				api("GET", "/api/v1/awareness/sessions?kind=PROCUREMENT&from=2026-01-01&to=2026-01-31&size=5", null));
		JsonNode standing = json(api("GET", "/api/v1/awareness/standing?kind=PROCUREMENT", null));

		assertThat(listed.get("content").valueStream().map((row) -> row.get("title").asString()))
			.containsExactly("PG 調達研修");
		assertThat(standing.valueStream()
			.filter((person) -> person.get("username").asString().equals(API_USER))
			.map((person) -> person.get("lastTrainedOn").asString())).containsExactly("2026-01-15");
	}

	@Test
	void anEvidenceDocumentsBytesComeBackIdenticalFromPostgres() {
		Contractor contractor = asMember(
				() -> contractors().register(details("PG根拠資料株式会社", "ピージーコンキョシリョウ", SupplierType.OTHER)));
		UUID evaluation = asMember(() -> SelectionFixtures.passingEvaluation(app, contractor.contractorId())).id();
		byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
		EvidenceDocuments documents = app.getBean(EvidenceDocuments.class);

		EvidenceDocumentView attached = asMember(() -> documents.attach(evaluation, null, "証跡.pdf", pdf));
		EvidenceDocuments.Download read = asMember(() -> documents.download(evaluation, attached.id()));

		assertThat(read.content()).isEqualTo(pdf);
		assertThat(read.document().sha256()).isEqualTo(attached.sha256());
		assertThat(asMember(() -> documents.of(evaluation))).extracting(EvidenceDocumentView::fileName)
			.containsExactly("証跡.pdf");
	}

	@Test
	void theContractListFiltersDeadlinesAndGapsOnPostgres() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		UUID contractorId = asMember(
				() -> contractors().register(details("PG契約株式会社", "ピージーケイヤク", SupplierType.IT_SERVICE)))
			.contractorId()
			.value();
		Contracts contracts = app.getBean(Contracts.class);
		ContractSummary nearing = asMember(
				() -> contracts.register(new ContractDetails(contractorId, ContractKind.MAINTENANCE, "PG 保守契約",
						"PG-001", "PG契約株式会社", today.minusYears(1), today.plusDays(40), false, null, null, 30, null)));
		ContractSummary renewing = asMember(() -> contracts
			.register(new ContractDetails(contractorId, ContractKind.OUTSOURCING, "PG 業務委託契約", "PG-002", "PG契約株式会社",
					today.minusYears(3), today.minusYears(2).withDayOfMonth(1).minusDays(1), true, 12, 1, null, null)));
		asMember(() -> contracts.changeStatus(nearing.id(), 0, ContractStatus.CONCLUDED));
		asMember(() -> contracts.changeStatus(renewing.id(), 0, ContractStatus.CONCLUDED));
		// the clause module counts a new checklist's unreviewed items as open: settle
		// both
		contracts.recordCoverage(nearing.id(), 30, 28, 2);
		contracts.recordCoverage(renewing.id(), 30, 30, 0);

		JsonNode due = json(api("GET", "/api/v1/contracts?contractor=" + contractorId + "&dueWithin=30", null));
		JsonNode gaps = json(
				api("GET", "/api/v1/contracts?contractor=" + contractorId + "&gaps=true&sort=number", null));
		JsonNode all = json(
				api("GET", "/api/v1/contracts?contractor=" + contractorId + "&sort=termEnd&desc=true", null));

		assertThat(due.get("content").valueStream().map((row) -> row.get("number").asString()))
			.containsExactly("PG-001");
		assertThat(due.get("content").get(0).get("daysToNoticeDeadline").asInt()).isEqualTo(10);
		assertThat(gaps.get("content").valueStream().map((row) -> row.get("number").asString()))
			.containsExactly("PG-001");
		assertThat(gaps.get("content").get(0).get("coverage").get("unresolved").asInt()).isEqualTo(2);
		assertThat(all.get("page").get("totalElements").asInt()).isEqualTo(2);
		assertThat(LocalDate.parse(all.get("content").get(0).get("termEndOn").asString())).isAfterOrEqualTo(today);
	}

	@Test
	void theContractReviewListFiltersOverdueOnPostgres() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		Contracts contracts = app.getBean(Contracts.class);
		Contractor contractor = asMember(
				() -> contractors().register(details("見直し検証株式会社", "ミナオシケンショウ", SupplierType.IT_SERVICE)));
		ContractSummary draft = asMember(
				() -> contracts.register(new ContractDetails(contractor.getId(), ContractKind.MAINTENANCE, "PG 保守契約",
						"PG-REVIEW-1", "検証株式会社", today.minusMonths(14), null, false, null, null, null, null)));
		ContractSummary contract = asMember(
				() -> contracts.changeStatus(draft.id(), draft.version(), ContractStatus.CONCLUDED));

		HttpResponse<String> recorded = api("POST", "/api/v1/contracts/" + contract.id() + "/reviews",
				"{\"reviewedOn\":\"" + today.minusDays(2) + "\",\"outcome\":\"ACTION_REQUIRED\",\"summary\":\"PG 要対応\","
						+ "\"actions\":[{\"what\":\"PG 変更契約\",\"assignee\":\"" + API_USER + "\",\"dueOn\":\""
						+ today.plusDays(10) + "\"}]}");
		JsonNode overdue = json(api("GET", "/api/v1/contract-reviews?overdue=true&outcome=ACTION_REQUIRED&contractor="
				+ contractor.getId() + "&from=" + today.minusDays(7) + "&to=" + today + "&sort=contract&desc=false",
				null));
		JsonNode onTime = json(
				api("GET", "/api/v1/contract-reviews?overdue=false&contractor=" + contractor.getId(), null));

		assertThat(recorded.statusCode()).isEqualTo(201);
		assertThat(overdue.get("content").valueStream().map((row) -> row.get("summary").asString()))
			.containsExactly("PG 要対応");
		assertThat(overdue.get("content").get(0).get("actions").get(0).get("status").asString()).isEqualTo("OPEN");
		assertThat(onTime.get("page").get("totalElements").asLong()).isZero();
	}

	@Test
	void theSubcontractingChainListAndComplianceQueriesRunOnPostgres() {
		Contractor a = asMember(() -> SubcontractingFixtures.company(app, "PG再委託元株式会社"));
		Contractor b = asMember(() -> SubcontractingFixtures.company(app, "PG再委託先株式会社"));
		Contractor c = asMember(() -> SubcontractingFixtures.company(app, "PG再々委託先株式会社"));
		asMember(() -> SubcontractingFixtures.approved(app, a.getId(), b.getId()));
		asMember(() -> SubcontractingFixtures.approved(app, b.getId(), c.getId()));
		asMember(() -> app.getBean(Subcontracting.class).request(SubcontractingFixtures.input(c.getId(), a.getId())));

		ChainView chain = asMember(() -> app.getBean(SubcontractingChains.class).below(a.getId()));
		Page<SubcontractingView> involvingB = asMember(() -> app.getBean(Subcontracting.class)
			.search(new SubcontractingQuery(SubcontractingStatus.APPROVED, b.getId(), false),
					PageRequest.of(0, 10, Sort.by("periodFrom", "id"))));
		Page<SubcontractingView> pending = asMember(() -> app.getBean(Subcontracting.class)
			.search(new SubcontractingQuery(null, c.getId(), true), PageRequest.of(0, 10)));
		List<RequirementCompliance> compliance = asMember(
				() -> app.getBean(Compliance.class).overview(Locale.JAPANESE));

		assertThat(chain.depth()).isEqualTo(2);
		assertThat(involvingB.getTotalElements()).isEqualTo(2);
		assertThat(pending.getContent()).extracting(SubcontractingView::subcontractorName)
			.containsExactly("PG再委託元株式会社");
		assertThat(compliance).filteredOn((entry) -> entry.requirementId().equals("R01"))
			.extracting(RequirementCompliance::status)
			.doesNotContain(ComplianceStatus.NOT_TRACKED, ComplianceStatus.OK);
	}

	@Test
	void aScheduledJobLockIsHeldByOneNodeAtATime() {
		LockProvider locks = app.getBean(LockProvider.class);
		LockConfiguration lock = new LockConfiguration(java.time.Instant.now(), "postgres-tests", Duration.ofMinutes(5),
				Duration.ZERO);

		SimpleLock held = locks.lock(lock).orElseThrow();
		assertThat(locks.lock(lock)).isEmpty();
		held.unlock();
		assertThat(locks.lock(lock)).isPresent();
	}

	private static HttpResponse<String> api(String method, String path, String json)
			throws IOException, InterruptedException {
		String port = app.getEnvironment().getRequiredProperty("local.server.port");
		String credentials = Base64.getEncoder()
			.encodeToString((API_USER + ":" + API_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json");
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.builder().build().readTree(response.body());
	}

	private static Contractors contractors() {
		return app.getBean(Contractors.class);
	}

	private static ContractorQuery query(String text, ContractorStatus status, SupplierType type) {
		return new ContractorQuery(text, status, type, null, null, null);
	}

	private static ContractorDetails details(String name, String kana, SupplierType type) {
		return new ContractorDetails(name, kana, null, null, "東京都千代田区", null, null, Set.of(type),
				Set.of(AccessKind.VIEW), InformationClassification.INTERNAL, null, null, "情報システム部", null, null,
				List.of());
	}

	private static <T> T asCommittee(Supplier<T> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("pg-committee", null,
					List.of(new SimpleGrantedAuthority("ROLE_COMMITTEE"))));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static <T> T asMember(Supplier<T> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("pg-member", null,
					List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
