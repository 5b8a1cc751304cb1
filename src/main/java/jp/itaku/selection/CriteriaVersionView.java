package jp.itaku.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A criteria version as screens, the API and other modules read it.
 *
 * @param inForce whether it is the version in force today
 */
public record CriteriaVersionView(UUID id, int number, String title, CriteriaStatus status, LocalDate effectiveOn,
		LocalDate approvedOn, UUID approvalId, String createdBy, long version, boolean inForce,
		List<CriterionInput> criteria) {

	static CriteriaVersionView of(CriteriaVersion version, boolean inForce) {
		return new CriteriaVersionView(version.getId(), version.getNumber(), version.getTitle(), version.getStatus(),
				version.getEffectiveOn(), version.getApprovedOn(), version.getApprovalId(), version.getCreatedBy(),
				version.getVersion(), inForce, version.getCriteria().stream().map(Criterion::input).toList());
	}

	/** The text the committee reads and decides on: one line per criterion. */
	String snapshot() {
		StringBuilder text = new StringBuilder();
		text.append("選定基準 第").append(this.number).append("版: ").append(this.title).append('\n');
		text.append("施行日: ").append((this.effectiveOn != null) ? this.effectiveOn : "承認日").append('\n');
		for (CriterionInput criterion : this.criteria) {
			text.append(criterion.code())
				.append(criterion.mandatory() ? " [必須]" : "")
				.append(" 重み ")
				.append(criterion.weight())
				.append(" ")
				.append(criterion.scale())
				.append(" 種別 ")
				.append(criterion.supplierTypes().isEmpty() ? "全て" : criterion.supplierTypes().toString())
				.append(" 区分 ")
				.append(criterion.riskTiers().isEmpty() ? "全て" : criterion.riskTiers().toString())
				.append(": ")
				.append(criterion.description())
				.append('\n');
		}
		return text.toString();
	}

}
