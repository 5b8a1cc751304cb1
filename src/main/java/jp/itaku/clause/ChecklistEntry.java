package jp.itaku.clause;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One item's row in a checklist. Immutable: the checklist replaces a row to change it, so
 * that the change always reaches the database and bumps the checklist's version.
 */
@Embeddable
class ChecklistEntry {

	@Column(name = "requirement_id", nullable = false, length = 10)
	private String requirementId;

	@Column(nullable = false)
	private boolean applicable;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private ClauseVerdict verdict;

	@Column(length = 60)
	private String article;

	@Column(length = 1000)
	private String note;

	@Column(name = "corrective_action_id")
	private UUID correctiveActionId;

	// true once the corrective action opened for this item was verified (the amendment)
	@Column(nullable = false)
	private boolean corrected;

	// the current suggestion of the automatic check, null when there is none
	@Embedded
	private EntrySuggestion suggestion;

	protected ChecklistEntry() {
	}

	ChecklistEntry(String requirementId, boolean applicable, ClauseVerdict verdict, String article, String note,
			UUID correctiveActionId, boolean corrected, EntrySuggestion suggestion) {
		this.requirementId = requirementId;
		this.applicable = applicable;
		this.verdict = verdict;
		this.article = article;
		this.note = note;
		this.correctiveActionId = correctiveActionId;
		this.corrected = corrected;
		this.suggestion = suggestion;
	}

	static ChecklistEntry fresh(String requirementId, boolean applicable) {
		return new ChecklistEntry(requirementId, applicable, null, null, null, null, false, null);
	}

	ChecklistEntry withApplicable(boolean value) {
		return new ChecklistEntry(this.requirementId, value, this.verdict, this.article, this.note,
				this.correctiveActionId, this.corrected, this.suggestion);
	}

	ChecklistEntry withFinding(ClauseVerdict value, String articleText, String noteText) {
		return new ChecklistEntry(this.requirementId, this.applicable, value, articleText, noteText,
				this.correctiveActionId, this.corrected, this.suggestion);
	}

	ChecklistEntry withCorrection(UUID actionId) {
		return new ChecklistEntry(this.requirementId, this.applicable, this.verdict, this.article, this.note, actionId,
				false, this.suggestion);
	}

	ChecklistEntry corrected() {
		return new ChecklistEntry(this.requirementId, this.applicable, this.verdict, this.article, this.note,
				this.correctiveActionId, true, this.suggestion);
	}

	ChecklistEntry withSuggestion(EntrySuggestion value) {
		return new ChecklistEntry(this.requirementId, this.applicable, this.verdict, this.article, this.note,
				this.correctiveActionId, this.corrected, value);
	}

	/** Missing or partial: needs an amendment (or an approved exception). */
	boolean needsResolution() {
		return this.applicable && (this.verdict == ClauseVerdict.ABSENT || this.verdict == ClauseVerdict.PARTIAL);
	}

	boolean sameFinding(ClauseVerdict value, String articleText, String noteText) {
		return this.verdict == value && java.util.Objects.equals(this.article, articleText)
				&& java.util.Objects.equals(this.note, noteText);
	}

	String requirementId() {
		return this.requirementId;
	}

	boolean applicable() {
		return this.applicable;
	}

	ClauseVerdict verdict() {
		return this.verdict;
	}

	String article() {
		return this.article;
	}

	String note() {
		return this.note;
	}

	UUID correctiveActionId() {
		return this.correctiveActionId;
	}

	boolean isCorrected() {
		return this.corrected;
	}

	EntrySuggestion suggestion() {
		return this.suggestion;
	}

}
