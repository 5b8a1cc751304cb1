package jp.itaku.selection;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * That a contractor was informed of a criteria version (規程 4.1(1) SEL-02: 選定基準を委託先に
 * 周知する), and when it acknowledged it.
 */
@Entity
@Table(name = "selection_criteria_notice")
@IdClass(CriteriaNotice.Key.class)
class CriteriaNotice {

	@Id
	private UUID criteriaVersionId;

	@Id
	private UUID contractorId;

	private Instant informedAt;

	@Column(nullable = false, length = 100)
	private String informedBy;

	private Instant acknowledgedAt;

	@Column(length = 100)
	private String acknowledgedBy;

	protected CriteriaNotice() {
	}

	CriteriaNotice(UUID criteriaVersionId, UUID contractorId, String by, Instant at) {
		this.criteriaVersionId = criteriaVersionId;
		this.contractorId = contractorId;
		this.informedBy = by;
		this.informedAt = at;
	}

	/** The first acknowledgement counts; a repeated one changes nothing. */
	boolean acknowledge(String by, Instant at) {
		if (this.acknowledgedAt != null) {
			return false;
		}
		this.acknowledgedBy = by;
		this.acknowledgedAt = at;
		return true;
	}

	NoticeView view(int criteriaNumber) {
		return new NoticeView(this.contractorId, this.criteriaVersionId, criteriaNumber, this.informedAt,
				this.informedBy, this.acknowledgedAt, this.acknowledgedBy);
	}

	Instant getAcknowledgedAt() {
		return this.acknowledgedAt;
	}

	UUID getCriteriaVersionId() {
		return this.criteriaVersionId;
	}

	UUID getContractorId() {
		return this.contractorId;
	}

	/** The composite key: one notice per version and contractor. */
	static class Key implements Serializable {

		private UUID criteriaVersionId;

		private UUID contractorId;

		protected Key() {
		}

		Key(UUID criteriaVersionId, UUID contractorId) {
			this.criteriaVersionId = criteriaVersionId;
			this.contractorId = contractorId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.criteriaVersionId.equals(this.criteriaVersionId)
					&& key.contractorId.equals(this.contractorId);
		}

		@Override
		public int hashCode() {
			return this.criteriaVersionId.hashCode() * 31 + this.contractorId.hashCode();
		}

	}

}
