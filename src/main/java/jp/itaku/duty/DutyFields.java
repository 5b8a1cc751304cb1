package jp.itaku.duty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * What a module's {@link DutyPlan} says about a duty series: owner, requirement, title,
 * link and when it falls due. Kept apart from the series' life cycle in {@link Duty}.
 */
@MappedSuperclass
abstract class DutyFields {

	private static final String SEPARATOR = "\u001f";

	@Column(name = "requirement_id", nullable = false, length = 20)
	private String requirementId;

	@Column(name = "owner_username", length = 100)
	private String ownerUsername;

	@Column(name = "owner_committee", nullable = false)
	private boolean ownerCommittee;

	@Column(name = "title_key", nullable = false, length = 150)
	private String titleKey;

	@Column(name = "title_args", length = 1100)
	private String titleArgs;

	@Column(nullable = false, length = 300)
	private String link;

	@Enumerated(EnumType.STRING)
	@Column(name = "recurrence_kind", nullable = false, length = 20)
	private Recurrence.Kind recurrenceKind;

	@Column(name = "recurrence_amount", nullable = false)
	private int recurrenceAmount;

	@Enumerated(EnumType.STRING)
	@Column(name = "recurrence_unit", length = 10)
	private ChronoUnit recurrenceUnit;

	@Enumerated(EnumType.STRING)
	@Column(name = "recurrence_basis", length = 20)
	private Recurrence.Basis recurrenceBasis;

	@Column(name = "anchor_on", nullable = false)
	private LocalDate anchorOn;

	@Column(name = "grace_days", nullable = false)
	private int graceDays;

	@Column(name = "due_soon_days", nullable = false)
	private int dueSoonDays;

	@Column(name = "contractor_id")
	private UUID contractorId;

	final void apply(DutyPlan plan) {
		this.requirementId = plan.requirementId();
		this.ownerUsername = plan.owner().username();
		this.ownerCommittee = plan.owner().isCommittee();
		this.titleKey = plan.titleKey();
		this.titleArgs = plan.titleArgs().isEmpty() ? null : String.join(SEPARATOR, plan.titleArgs());
		this.link = plan.link();
		this.recurrenceKind = plan.recurrence().kind();
		this.recurrenceAmount = plan.recurrence().amount();
		this.recurrenceUnit = plan.recurrence().unit();
		this.recurrenceBasis = plan.recurrence().basis();
		this.anchorOn = plan.anchor();
		this.graceDays = plan.graceDays();
		this.dueSoonDays = plan.dueSoonDays();
		this.contractorId = plan.contractorId();
	}

	/** What the plan would change, field by field ({@code field: old → new}). */
	final List<String> differences(DutyPlan plan) {
		List<String> changes = new ArrayList<>();
		compare(changes, "requirement", this.requirementId, plan.requirementId());
		compare(changes, "owner", getOwner(), plan.owner());
		compare(changes, "title", this.titleKey + getTitleArgs(), plan.titleKey() + plan.titleArgs());
		compare(changes, "link", this.link, plan.link());
		compare(changes, "recurrence", getRecurrence(), plan.recurrence());
		compare(changes, "anchor", this.anchorOn, plan.anchor());
		compare(changes, "grace", this.graceDays, plan.graceDays());
		compare(changes, "dueSoon", this.dueSoonDays, plan.dueSoonDays());
		compare(changes, "contractor", this.contractorId, plan.contractorId());
		return changes;
	}

	private static void compare(List<String> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(field + ": " + before + " → " + after);
		}
	}

	public String getRequirementId() {
		return this.requirementId;
	}

	public DutyOwner getOwner() {
		return this.ownerCommittee ? DutyOwner.committee() : DutyOwner.user(this.ownerUsername);
	}

	public String getOwnerUsername() {
		return this.ownerUsername;
	}

	public boolean isOwnerCommittee() {
		return this.ownerCommittee;
	}

	public String getTitleKey() {
		return this.titleKey;
	}

	public List<String> getTitleArgs() {
		return (this.titleArgs == null) ? List.of() : Arrays.asList(this.titleArgs.split(SEPARATOR, -1));
	}

	public String getLink() {
		return this.link;
	}

	public Recurrence getRecurrence() {
		return new Recurrence(this.recurrenceKind, this.recurrenceAmount, this.recurrenceUnit, this.recurrenceBasis);
	}

	public LocalDate getAnchorOn() {
		return this.anchorOn;
	}

	public int getGraceDays() {
		return this.graceDays;
	}

	public int getDueSoonDays() {
		return this.dueSoonDays;
	}

	public UUID getContractorId() {
		return this.contractorId;
	}

}
