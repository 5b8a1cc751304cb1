package jp.itaku.clause;

import java.time.Instant;
import java.util.UUID;

/**
 * A reviewer's decision on an item the automatic check suggested, as the list, the API
 * and the TSV export show it (issue 7).
 *
 * @param corrected whether the recorded verdict or article differs from the suggestion
 * @param reviewer who recorded it
 */
record CheckLabelView(UUID id, UUID runId, String subjectType, UUID subjectId, String subjectLabel, String documentName,
		String documentSha256, String requirementId, ClauseVerdict suggestedVerdict, String suggestedArticle,
		double suggestedConfidence, ClauseVerdict verdict, String article, boolean corrected, String reviewer,
		Instant recordedAt) {

	/** The path of the checklist the decision was recorded on. */
	public String checklistLink() {
		return "/checklists/" + this.subjectType + "/" + this.subjectId;
	}

}
