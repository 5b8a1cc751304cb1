package jp.itaku.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.clause.ChecklistCorrections;
import jp.itaku.clause.ChecklistItemView;
import jp.itaku.clause.ChecklistSubject;
import jp.itaku.clause.ChecklistView;
import jp.itaku.clause.ClauseChecklists;
import jp.itaku.clause.ClauseVerdict;
import jp.itaku.clause.ItemFinding;
import jp.itaku.clause.SupplierPolicies;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;
import jp.itaku.identity.Role;

/**
 * Fills the demo contracts' required-clause checklists (規程 4.2) from
 * {@code demo/clause-checklists.tsv}: complete ones complete, the gaps listed there, one
 * gap with an open corrective action; and documents the S01 supplier-type policy from
 * {@code demo/supplier-policies.tsv}.
 */
final class DemoClauses {

	static final String CHECKLISTS = "demo/clause-checklists.tsv";

	static final String POLICIES = "demo/supplier-policies.tsv";

	private static final Pattern ARTICLE = Pattern.compile("第(\\d+)条");

	private final ClauseChecklists checklists;

	private final ChecklistCorrections corrections;

	private final SupplierPolicies policies;

	private final Clock clock;

	DemoClauses(ClauseChecklists checklists, ChecklistCorrections corrections, SupplierPolicies policies, Clock clock) {
		this.checklists = checklists;
		this.corrections = corrections;
		this.policies = policies;
		this.clock = clock;
	}

	/**
	 * Records the findings of the demo contracts and the S01 policy.
	 * @param contracts demo contract number → id (as the contract demo returns it)
	 * @return how many checklists were filled
	 */
	int load(Map<String, UUID> contracts) {
		for (DemoRow row : DemoTable.read(POLICIES)) {
			SupplierType type = SupplierType.valueOf(value(row, "type"));
			Set<AccessKind> permitted = EnumSet.noneOf(AccessKind.class);
			Arrays.stream(value(row, "permitted").split(","))
				.map(String::strip)
				.filter((s) -> !s.isEmpty())
				.map(AccessKind::valueOf)
				.forEach(permitted::add);
			DemoActors.as("committee", Role.COMMITTEE, () -> this.policies.change(type,
					this.policies.get(type).version(), permitted, value(row, "description")));
		}
		Map<String, List<DemoRow>> byContract = new LinkedHashMap<>();
		for (DemoRow row : DemoTable.read(CHECKLISTS)) {
			byContract.computeIfAbsent(value(row, "contract"), (number) -> new ArrayList<>()).add(row);
		}
		int filled = 0;
		for (Map.Entry<String, List<DemoRow>> entry : byContract.entrySet()) {
			UUID contractId = contracts.get(entry.getKey());
			if (contractId == null) {
				throw new IllegalStateException(CHECKLISTS + ": no demo contract " + entry.getKey());
			}
			fill(contractId, entry.getValue());
			filled++;
		}
		return filled;
	}

	private void fill(UUID contractId, List<DemoRow> rows) {
		ChecklistView checklist = this.checklists.find(ChecklistSubject.CONTRACT, contractId)
			.orElseThrow(() -> new IllegalStateException("no checklist for demo contract " + contractId));
		Map<String, ItemFinding> findings = new LinkedHashMap<>();
		List<String> toCorrect = new ArrayList<>();
		for (DemoRow row : rows) {
			if (!value(row, "item").equals("*")) {
				findings.put(value(row, "item"), finding(value(row, "item"), row, value(row, "article")));
				if (value(row, "correct").equals("yes")) {
					toCorrect.add(value(row, "item"));
				}
			}
		}
		for (DemoRow row : rows) {
			if (value(row, "item").equals("*")) {
				int article = firstArticle(value(row, "article"));
				for (ChecklistItemView item : checklist.items()) {
					if (item.applicable() && !findings.containsKey(item.requirementId())) {
						findings.put(item.requirementId(), finding(item.requirementId(), row, "第" + article++ + "条"));
					}
				}
			}
		}
		ChecklistView recorded = DemoActors.as("member", Role.MEMBER, () -> this.checklists
			.record(ChecklistSubject.CONTRACT, contractId, checklist.version(), List.copyOf(findings.values())));
		long version = recorded.version();
		for (String item : toCorrect) {
			long read = version;
			DemoActors.as("member", Role.MEMBER, () -> this.corrections.open(ChecklistSubject.CONTRACT, contractId,
					read, item, "必須条項 " + item + " を変更契約で追加する", "member2", LocalDate.now(this.clock).plusDays(21)));
			version = this.checklists.find(ChecklistSubject.CONTRACT, contractId).orElseThrow().version();
		}
	}

	private static ItemFinding finding(String item, DemoRow row, String article) {
		String text = (article == null || article.isBlank()) ? null : article;
		String note = value(row, "note").isBlank() ? null : value(row, "note");
		return new ItemFinding(item, ClauseVerdict.valueOf(value(row, "verdict")), text, note);
	}

	/** The cell's text, empty when blank. */
	private static String value(DemoRow row, String column) {
		String text = row.text(column);
		return (text != null) ? text : "";
	}

	private static int firstArticle(String article) {
		Matcher matcher = ARTICLE.matcher(article);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
	}

}
