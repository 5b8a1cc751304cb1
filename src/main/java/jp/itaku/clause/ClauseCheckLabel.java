package jp.itaku.clause;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A reviewer's decision on one item the automatic check suggested (issue 7): what the
 * check said and what the reviewer recorded, kept as labelled data to measure and improve
 * the check. Never deleted; a later decision on the same run and item supersedes it.
 */
@Entity
@Table(name = "clause_check_label")
class ClauseCheckLabel {

	@Id
	private UUID id;

	@Column(name = "run_id", nullable = false)
	private UUID runId;

	@Column(name = "subject_type", nullable = false, length = 40)
	private String subjectType;

	@Column(name = "subject_id", nullable = false)
	private UUID subjectId;

	@Column(name = "subject_label", length = 300)
	private String subjectLabel;

	@Column(name = "document_name", nullable = false, length = SuggestionSource.MAX_DOCUMENT)
	private String documentName;

	@Column(name = "document_sha256", length = 64)
	private String documentSha256;

	@Column(name = "requirement_id", nullable = false, length = 10)
	private String requirementId;

	@Enumerated(EnumType.STRING)
	@Column(name = "suggested_verdict", nullable = false, length = 20)
	private ClauseVerdict suggestedVerdict;

	@Column(name = "suggested_article", length = 60)
	private String suggestedArticle;

	@Column(name = "suggested_confidence", nullable = false)
	private double suggestedConfidence;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ClauseVerdict verdict;

	@Column(length = 60)
	private String article;

	// the reviewer's finding differs from the suggestion
	@Column(nullable = false)
	private boolean corrected;

	@Column(nullable = false, length = 100)
	private String reviewer;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	// false once a later decision on the same run and item was recorded
	@Column(nullable = false)
	private boolean latest;

	protected ClauseCheckLabel() {
	}

	/**
	 * The reviewer's decision on a suggested item.
	 * @param checklist the checklist whose current suggestion the item carries
	 * @param entry the item as it stands before the decision, with its suggestion
	 */
	ClauseCheckLabel(ClauseChecklist checklist, ChecklistEntry entry, ClauseVerdict verdict, String article,
			String reviewer, Instant recordedAt) {
		SuggestionSource source = checklist.getSuggestion();
		EntrySuggestion suggestion = entry.suggestion();
		this.id = UUID.randomUUID();
		this.runId = source.runId();
		this.subjectType = checklist.getSubjectType();
		this.subjectId = checklist.getSubjectId();
		this.subjectLabel = checklist.getLabel();
		this.documentName = source.document();
		this.documentSha256 = source.sha256();
		this.requirementId = entry.requirementId();
		this.suggestedVerdict = suggestion.verdict();
		this.suggestedArticle = suggestion.article();
		this.suggestedConfidence = suggestion.confidence();
		this.verdict = verdict;
		this.article = article;
		this.corrected = corrects(this.suggestedVerdict, this.suggestedArticle, verdict, article);
		this.reviewer = reviewer;
		this.recordedAt = recordedAt;
		this.latest = true;
	}

	/**
	 * Whether a recorded finding corrects the suggestion: another verdict, or for an item
	 * the contract holds (present or partial) another article. Width and spaces do not
	 * count ({@code 第８条 第2項} is {@code 第8条第2項}).
	 */
	static boolean corrects(ClauseVerdict suggested, String suggestedArticle, ClauseVerdict recorded,
			String recordedArticle) {
		if (suggested != recorded) {
			return true;
		}
		if (recorded == ClauseVerdict.ABSENT || recorded == ClauseVerdict.NOT_APPLICABLE) {
			return false;
		}
		return !Objects.equals(comparable(suggestedArticle), comparable(recordedArticle));
	}

	private static String comparable(String article) {
		if (article == null) {
			return "";
		}
		return Normalizer.normalize(article, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}

	/** Whether it records the same decision, so that saving again adds no row. */
	boolean sameDecision(ClauseVerdict value, String articleText) {
		return this.verdict == value && Objects.equals(this.article, articleText);
	}

	/** A later decision on the same run and item was recorded. */
	void supersede() {
		this.latest = false;
	}

	CheckLabelView view() {
		return new CheckLabelView(this.id, this.runId, this.subjectType, this.subjectId, this.subjectLabel,
				this.documentName, this.documentSha256, this.requirementId, this.suggestedVerdict,
				this.suggestedArticle, this.suggestedConfidence, this.verdict, this.article, this.corrected,
				this.reviewer, this.recordedAt);
	}

	String getRequirementId() {
		return this.requirementId;
	}

	boolean isCorrected() {
		return this.corrected;
	}

	boolean isLatest() {
		return this.latest;
	}

}
