package jp.itaku.clause;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.itaku.contract.ContractKind;
import org.hibernate.annotations.BatchSize;

/**
 * The required-clause checklist of one subject (規程 4.2): every one of the 33 contract
 * items, whether it applies and what the reviewer found. It keeps its coverage counts so
 * that lists filter on them; the facade recounts after every change.
 */
@Entity
@Table(name = "clause_checklist")
class ClauseChecklist extends ChecklistCounts {

	@Id
	private UUID id;

	// a wrapper, so that Spring Data persists a new checklist rather than merging it
	@Version
	private Long version;

	@Column(name = "subject_type", nullable = false, length = 40)
	private String subjectType;

	@Column(name = "subject_id", nullable = false)
	private UUID subjectId;

	@Column(name = "contractor_id")
	private UUID contractorId;

	@Enumerated(EnumType.STRING)
	@Column(name = "contract_kind", nullable = false, length = 30)
	private ContractKind contractKind;

	@Column(name = "supplier_types", nullable = false, length = 300)
	private String supplierTypes;

	@Column(name = "access_kinds", nullable = false, length = 300)
	private String accessKinds;

	@Column(nullable = false, length = 300)
	private String link;

	@Column(length = 300)
	private String label;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "updated_by", nullable = false, length = 100)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	// the automatic check's current suggestion, null until a document was checked
	@Embedded
	private SuggestionSource suggestion;

	// a page of the matrix view loads its checklists' items in one query, not one each
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(name = "clause_checklist_item", joinColumns = @JoinColumn(name = "checklist_id"))
	private List<ChecklistEntry> entries = new ArrayList<>();

	protected ClauseChecklist() {
	}

	ClauseChecklist(ChecklistSubject subject) {
		this.id = UUID.randomUUID();
		this.subjectType = subject.subjectType();
		this.subjectId = subject.subjectId();
		this.active = true;
		for (String item : ClauseItems.CONTRACT_ITEMS) {
			this.entries.add(ChecklistEntry.fresh(item, false));
		}
	}

	/**
	 * Takes the subject's current facts and which items apply now; findings already
	 * recorded stay.
	 * @return the items that came to apply and those that no longer apply, for the audit
	 * trail (empty when nothing changed)
	 */
	String derive(ChecklistSubject subject, Set<String> applicable, String actor, Instant now) {
		this.contractorId = subject.contractorId();
		this.contractKind = subject.kind();
		this.supplierTypes = Codes.join(subject.supplierTypes());
		this.accessKinds = Codes.join(subject.accessKinds());
		this.link = subject.link();
		List<String> added = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		for (int i = 0; i < this.entries.size(); i++) {
			ChecklistEntry entry = this.entries.get(i);
			boolean applies = applicable.contains(entry.requirementId());
			if (applies != entry.applicable()) {
				(applies ? added : removed).add(entry.requirementId());
				this.entries.set(i, entry.withApplicable(applies));
			}
		}
		touch(actor, now);
		if (added.isEmpty() && removed.isEmpty()) {
			return "";
		}
		return "applicable +" + added + " -" + removed + " (" + this.contractKind + ")";
	}

	/** Records one finding; the caller has checked the item applies and the text fits. */
	String record(String requirementId, ClauseVerdict verdict, String article, String note) {
		int index = indexOf(requirementId);
		ChecklistEntry entry = this.entries.get(index);
		if (entry.sameFinding(verdict, article, note)) {
			return "";
		}
		this.entries.set(index, entry.withFinding(verdict, article, note));
		return requirementId + ": " + entry.verdict() + " → " + verdict
				+ ((article != null) ? " (" + article + ")" : "");
	}

	/**
	 * Takes the automatic check's suggestion in place of the previous one (issue 7). The
	 * recorded findings stay as they are: a suggestion is a hint for the reviewer, so the
	 * counts and the review gate do not move. Items that do not apply take none.
	 * @param byItem the check's suggestion per item
	 * @return how many items took a suggestion
	 */
	int suggest(SuggestionSource source, Map<String, EntrySuggestion> byItem) {
		this.suggestion = source;
		int taken = 0;
		for (int i = 0; i < this.entries.size(); i++) {
			ChecklistEntry entry = this.entries.get(i);
			EntrySuggestion item = entry.applicable() ? byItem.get(entry.requirementId()) : null;
			if (item != null) {
				taken++;
			}
			this.entries.set(i, entry.withSuggestion(item));
		}
		return taken;
	}

	/** Links the corrective action opened for a missing or partial item. */
	void attachCorrection(String requirementId, UUID actionId) {
		int index = indexOf(requirementId);
		this.entries.set(index, this.entries.get(index).withCorrection(actionId));
	}

	/**
	 * The corrective action was verified: the amendment resolves the item.
	 * @return whether the action belonged to this item
	 */
	boolean markCorrected(String requirementId, UUID actionId) {
		int index = indexOf(requirementId);
		ChecklistEntry entry = this.entries.get(index);
		if (!actionId.equals(entry.correctiveActionId()) || entry.isCorrected()) {
			return false;
		}
		this.entries.set(index, entry.corrected());
		return true;
	}

	/** Recounts the coverage, asking whether an approved exception covers an item. */
	void recount(Predicate<String> excepted) {
		recount(this.entries, (entry) -> resolved(entry, excepted));
	}

	static boolean resolved(ChecklistEntry entry, Predicate<String> excepted) {
		if (!entry.applicable()) {
			return true;
		}
		if (entry.verdict() == null) {
			return false;
		}
		return !entry.needsResolution() || entry.isCorrected() || excepted.test(entry.requirementId());
	}

	void activate(boolean value, String labelText) {
		this.active = value;
		this.label = labelText;
	}

	void touch(String actor, Instant now) {
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	ChecklistEntry entry(String requirementId) {
		return this.entries.get(indexOf(requirementId));
	}

	private int indexOf(String requirementId) {
		for (int i = 0; i < this.entries.size(); i++) {
			if (this.entries.get(i).requirementId().equals(requirementId)) {
				return i;
			}
		}
		throw new IllegalArgumentException("not a contract item: " + requirementId);
	}

	List<ChecklistEntry> entries() {
		// in the regulation's order, whatever order the database returned
		return this.entries.stream()
			.sorted(java.util.Comparator.comparingInt((e) -> ClauseItems.CONTRACT_ITEMS.indexOf(e.requirementId())))
			.toList();
	}

	UUID getId() {
		return this.id;
	}

	long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

	String getSubjectType() {
		return this.subjectType;
	}

	UUID getSubjectId() {
		return this.subjectId;
	}

	UUID getContractorId() {
		return this.contractorId;
	}

	ContractKind getContractKind() {
		return this.contractKind;
	}

	Set<jp.itaku.contractor.SupplierType> supplierTypes() {
		return Codes.split(this.supplierTypes, jp.itaku.contractor.SupplierType.class);
	}

	Set<jp.itaku.contractor.AccessKind> accessKinds() {
		return Codes.split(this.accessKinds, jp.itaku.contractor.AccessKind.class);
	}

	String getLink() {
		return this.link;
	}

	/** The current suggestion's source, or {@code null}. */
	SuggestionSource getSuggestion() {
		return this.suggestion;
	}

	String getLabel() {
		return this.label;
	}

	boolean isActive() {
		return this.active;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
