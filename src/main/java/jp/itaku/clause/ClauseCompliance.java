package jp.itaku.clause;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.itaku.compliance.ComplianceContributor;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports each of the 33 contract items (規程 4.2) in the compliance table: the share of
 * the active contracts it applies to that hold it (present, or resolved by an amendment
 * or an approved exception). OK when all do, or when it applies to no active contract;
 * GAP with "n/m" and the contracts that do not, otherwise. Never NOT_TRACKED.
 */
@Component
@Transactional(readOnly = true)
class ClauseCompliance implements ComplianceContributor {

	/** The most contracts named in one assessment's links. */
	static final int MAX_LINKS = 5;

	private final ClauseChecklistRepository checklists;

	private final ChecklistResolution resolution;

	private final MessageSource messages;

	ClauseCompliance(ClauseChecklistRepository checklists, ChecklistResolution resolution, MessageSource messages) {
		this.checklists = checklists;
		this.resolution = resolution;
		this.messages = messages;
	}

	@Override
	public List<RequirementAssessment> assess() {
		Map<String, Long> applying = new HashMap<>();
		for (Object[] row : this.checklists.applyingPerItem()) {
			applying.put((String) row[0], ((Number) row[1]).longValue());
		}
		Map<String, List<ItemGap>> gaps = new LinkedHashMap<>();
		for (ItemGap gap : this.checklists.gaps(Set.of(ClauseVerdict.ABSENT, ClauseVerdict.PARTIAL))) {
			if (!this.resolution.excepted(ChecklistSubject.CONTRACT, gap.contractId()).test(gap.requirementId())) {
				gaps.computeIfAbsent(gap.requirementId(), (item) -> new ArrayList<>()).add(gap);
			}
		}
		return ClauseItems.CONTRACT_ITEMS.stream()
			.map((item) -> assess(item, applying.getOrDefault(item, 0L), gaps.getOrDefault(item, List.of())))
			.toList();
	}

	RequirementAssessment assess(String item, long applying, List<ItemGap> gaps) {
		if (applying == 0) {
			return new RequirementAssessment(item, ComplianceStatus.OK, message("clause.compliance.none"),
					List.of("/clauses/applicability#row-" + item));
		}
		long holding = applying - gaps.size();
		if (gaps.isEmpty()) {
			return new RequirementAssessment(item, ComplianceStatus.OK,
					message("clause.compliance.all", holding, applying), List.of("/clauses/matrix"));
		}
		List<String> links = new ArrayList<>();
		List<String> named = new ArrayList<>();
		for (ItemGap gap : gaps.subList(0, Math.min(MAX_LINKS, gaps.size()))) {
			links.add("/contracts/" + gap.contractId());
			named.add((gap.label() != null) ? gap.label() : gap.contractId().toString());
		}
		String detail = message("clause.compliance.gap", holding, applying, String.join("、", named));
		if (gaps.size() > MAX_LINKS) {
			detail = detail + " " + message("clause.compliance.more", gaps.size() - MAX_LINKS);
			links.add("/clauses/matrix?gapsOnly=true");
		}
		return new RequirementAssessment(item, ComplianceStatus.GAP, detail, links);
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
