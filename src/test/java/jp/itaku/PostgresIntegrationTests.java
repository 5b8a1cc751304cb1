package jp.itaku;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
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

	@BeforeAll
	static void startApplicationOnPostgres() throws Exception {
		postgres = PostgresSupport.start();
		app = postgres.startNode();
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
	void h2AndPostgresRunExactlyTheSameMigrationFiles() {
		String locations = app.getEnvironment().getRequiredProperty("spring.flyway.locations");
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
	void aScheduledJobLockIsHeldByOneNodeAtATime() {
		LockProvider locks = app.getBean(LockProvider.class);
		LockConfiguration lock = new LockConfiguration(java.time.Instant.now(), "postgres-tests", Duration.ofMinutes(5),
				Duration.ZERO);

		SimpleLock held = locks.lock(lock).orElseThrow();
		assertThat(locks.lock(lock)).isEmpty();
		held.unlock();
		assertThat(locks.lock(lock)).isPresent();
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
