package jp.itaku.audittrail;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that records the end of the chain. Every append locks it first, so that
 * appends from several application nodes queue up behind one another and the chain stays
 * one chain.
 */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

	static final int THE_ONLY_ID = 1;

	@Id
	private Integer id;

	private long lastId;

	private String lastHash;

	protected AuditChainHead() {
	}

	long getLastId() {
		return this.lastId;
	}

	String getLastHash() {
		return this.lastHash;
	}

	void advanceTo(AuditEntry entry) {
		if (entry.getId() != this.lastId + 1) {
			throw new IllegalStateException("Entry " + entry.getId() + " does not follow " + this.lastId);
		}
		this.lastId = entry.getId();
		this.lastHash = entry.getHash();
	}

}
