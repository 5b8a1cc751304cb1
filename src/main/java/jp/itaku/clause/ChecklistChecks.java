package jp.itaku.clause;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.itaku.shared.InvalidInputException.FieldProblem;

/** The rules a reviewer's findings must meet before any is recorded. */
final class ChecklistChecks {

	/** The recommended form of an article reference: 第n条 with optional 第m項 and 第k号. */
	static final String ARTICLE_FORM = "第[0-9０-９一二三四五六七八九十百]+条(の[0-9０-９]+)?(第[0-9０-９一二三四五六七八九十]+項)?(第[0-9０-９一二三四五六七八九十]+号)?";

	private ChecklistChecks() {
	}

	static List<FieldProblem> findings(ClauseChecklist checklist, List<ItemFinding> findings) {
		List<FieldProblem> problems = new ArrayList<>();
		if (findings == null) {
			return List.of(new FieldProblem("findings", "clause.finding.required"));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < findings.size(); i++) {
			ItemFinding finding = findings.get(i);
			String field = "findings[" + i + "]";
			if (finding == null || finding.requirementId() == null
					|| !ClauseItems.CONTRACT_ITEMS.contains(finding.requirementId())) {
				problems.add(new FieldProblem(field + ".requirementId", "clause.finding.unknownItem"));
				continue;
			}
			String item = finding.requirementId();
			if (!seen.add(item)) {
				problems
					.add(new FieldProblem(field + ".requirementId", "clause.finding.duplicate", new Object[] { item }));
			}
			if (finding.verdict() != null && !checklist.entry(item).applicable()) {
				problems
					.add(new FieldProblem(field + ".verdict", "clause.finding.notApplicable", new Object[] { item }));
			}
			String article = text(finding.article());
			if (article != null && article.length() > ClauseChecklists.MAX_ARTICLE) {
				problems.add(new FieldProblem(field + ".article", "clause.finding.articleTooLong",
						new Object[] { item, ClauseChecklists.MAX_ARTICLE }));
			}
			String note = text(finding.note());
			if (note != null && note.length() > ClauseChecklists.MAX_NOTE) {
				problems.add(new FieldProblem(field + ".note", "clause.finding.noteTooLong",
						new Object[] { item, ClauseChecklists.MAX_NOTE }));
			}
		}
		return problems;
	}

	/** Whether an article reference follows the recommended form (a hint, not a rule). */
	static boolean recommendedForm(String article) {
		return article == null || article.matches(ARTICLE_FORM);
	}

	/** Blank is none; otherwise stripped. */
	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
