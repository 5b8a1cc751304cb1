package jp.itaku.clause;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Which document the checklist's current suggestion was read from, by which check run and
 * when. Immutable: a new suggestion replaces it.
 */
@Embeddable
class SuggestionSource {

	static final int MAX_DOCUMENT = 255;

	static final int MAX_LINK = 300;

	@Column(name = "suggestion_run_id")
	private UUID runId;

	@Column(name = "suggestion_document", length = MAX_DOCUMENT)
	private String document;

	@Column(name = "suggestion_sha256", length = 64)
	private String sha256;

	@Column(name = "suggestion_link", length = MAX_LINK)
	private String link;

	@Column(name = "suggested_at")
	private Instant suggestedAt;

	protected SuggestionSource() {
	}

	SuggestionSource(UUID runId, String document, String sha256, String link, Instant suggestedAt) {
		this.runId = runId;
		this.document = document;
		this.sha256 = sha256;
		this.link = link;
		this.suggestedAt = suggestedAt;
	}

	/** From what the check sent, with its texts fitted to the columns. */
	static SuggestionSource of(CheckSuggestion suggestion, Instant now) {
		if (suggestion == null || suggestion.runId() == null) {
			throw new IllegalArgumentException("a suggestion needs the run that produced it");
		}
		String name = ChecklistChecks.text(suggestion.documentName());
		String sha = ChecklistChecks.text(suggestion.documentSha256());
		String link = ChecklistChecks.text(suggestion.link());
		// the link becomes an href on the checklist screen: only a path inside Itaku
		if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
			link = null;
		}
		return new SuggestionSource(suggestion.runId(), cut((name != null) ? name : "document", MAX_DOCUMENT),
				(sha != null && sha.length() <= 64) ? sha : null, (link != null) ? cut(link, MAX_LINK) : null, now);
	}

	private static String cut(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

	CheckedDocument view() {
		return new CheckedDocument(this.runId, this.document, this.sha256, this.link, this.suggestedAt);
	}

	UUID runId() {
		return this.runId;
	}

	String document() {
		return this.document;
	}

	String sha256() {
		return this.sha256;
	}

	String link() {
		return this.link;
	}

}
