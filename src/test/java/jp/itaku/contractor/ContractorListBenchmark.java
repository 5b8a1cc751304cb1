package jp.itaku.contractor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jp.itaku.Benchmarks;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Not a test: fills the register with 100,000 contractors and prints how long the list's
 * server-side queries take (search, filters, sort, deep pages), on PostgreSQL and on the
 * embedded H2. Run it with the command in {@code bench/README.md}.
 */
public final class ContractorListBenchmark {

	private static final String[] WORDS = { "東都", "北星", "サンライズ", "みなと", "青葉", "富士", "大和", "ひかり", "中央", "さくら", "日本",
			"関西", "オーシャン", "グリーン", "未来" };

	private static final String[] KANA = { "トウト", "ホクセイ", "サンライズ", "ミナト", "アオバ", "フジ", "ヤマト", "ヒカリ", "チュウオウ", "サクラ",
			"ニホン", "カンサイ", "オーシャン", "グリーン", "ミライ" };

	private static final String[] TRADES = { "情報システム", "物流", "データサービス", "ソフトウェア", "クラウド", "ファイナンス" };

	private static final String[] TRADE_KANA = { "ジョウホウシステム", "ブツリュウ", "データサービス", "ソフトウェア", "クラウド", "ファイナンス" };

	private ContractorListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		Benchmarks.onBothDatabases((database, postgres, app) -> run(database, rows, app));
	}

	private static void run(String database, int rows, ConfigurableApplicationContext app) {
		JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
		Benchmarks.fill(database, "contractors", rows, () -> fill(jdbc, rows));
		Contractors contractors = app.getBean(Contractors.class);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("member", null,
					List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
		try {
			Sort byKana = Sort.by("nameKana", "id");
			measure("first page, sorted by kana",
					() -> contractors.search(ContractorQuery.all(), PageRequest.of(0, 20, byKana)));
			measure("page 2,000 of 5,000",
					() -> contractors.search(ContractorQuery.all(), PageRequest.of(2000, 20, byKana)));
			measure("search 'ぶつりゅう' (kana, infix)", () -> contractors
				.search(new ContractorQuery("ぶつりゅう", null, null, null, null, null), PageRequest.of(0, 20, byKana)));
			measure("search by 法人番号 digits", () -> contractors
				.search(new ContractorQuery("4000", null, null, null, null, null), PageRequest.of(0, 20, byKana)));
			measure("status 停止 + tier 1",
					() -> contractors.search(
							new ContractorQuery(null, ContractorStatus.SUSPENDED, null, RiskTier.TIER_1, null, null),
							PageRequest.of(0, 20, byKana)));
			measure("supplier type クラウド",
					() -> contractors.search(
							new ContractorQuery(null, null, SupplierType.CLOUD_SERVICE, null, null, null),
							PageRequest.of(0, 20, byKana)));
			measure("sorted by last update, newest first", () -> contractors.search(ContractorQuery.all(),
					PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "updatedAt"))));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void measure(String label, Supplier<Page<Contractor>> query) {
		Benchmarks.measure(label, () -> query.get().getTotalElements(), "matches");
	}

	private static void fill(JdbcTemplate jdbc, int rows) {
		Random random = new Random(42);
		ContractorStatus[] statuses = ContractorStatus.values();
		SupplierType[] types = SupplierType.values();
		AccessKind[] access = AccessKind.values();
		InformationClassification[] classes = InformationClassification.values();
		Timestamp now = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
		List<Object[]> contractors = new ArrayList<>();
		List<Object[]> supplierTypes = new ArrayList<>();
		List<Object[]> accessKinds = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			UUID id = UUID.randomUUID();
			int word = random.nextInt(WORDS.length);
			int trade = random.nextInt(TRADES.length);
			String name = "株式会社" + WORDS[word] + TRADES[trade] + " " + i;
			String kana = KANA[word] + TRADE_KANA[trade] + " " + i;
			String number = (i % 3 == 0) ? null : corporateNumber(i);
			RiskTier tier = RiskTier.values()[random.nextInt(3)];
			Timestamp updated = Timestamp.from(now.toInstant().minusSeconds(random.nextInt(86_400 * 365)));
			contractors.add(new Object[] { id, name, kana, number, classes[random.nextInt(classes.length)].name(),
					tier.name(), tier.name(), "情報システム部", statuses[random.nextInt(statuses.length)].name(),
					SearchText.of(name, kana, number), now, updated });
			supplierTypes.add(new Object[] { id, types[random.nextInt(types.length)].name() });
			accessKinds.add(new Object[] { id, access[random.nextInt(access.length)].name() });
			if (contractors.size() == 5_000 || i == rows - 1) {
				jdbc.batchUpdate("INSERT INTO contractor (id, version, name, name_kana, corporate_number,"
						+ " highest_classification, risk_tier, effective_risk_tier, department, status, search_text,"
						+ " created_at, created_by, updated_at, updated_by)"
						+ " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'benchmark', ?, 'benchmark')", contractors);
				jdbc.batchUpdate("INSERT INTO contractor_supplier_type (contractor_id, supplier_type) VALUES (?, ?)",
						supplierTypes);
				jdbc.batchUpdate("INSERT INTO contractor_access_kind (contractor_id, access_kind) VALUES (?, ?)",
						accessKinds);
				contractors.clear();
				supplierTypes.clear();
				accessKinds.clear();
			}
		}
		jdbc.execute("ANALYZE");
	}

	private static String corporateNumber(int i) {
		String base = String.format("%012d", 100_000_000_000L + i);
		return CorporateNumber.checkDigit(base) + base;
	}

}
