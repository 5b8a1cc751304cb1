package jp.itaku.clause;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.itaku.contract.ContractKind;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;

/**
 * The committee's applicability matrix (規程 4.2): 33 items × 7 contract kinds, one version
 * for the whole matrix. Seeded with the defaults by V136.
 */
@Entity
@Table(name = "clause_applicability_matrix")
class ApplicabilityMatrix {

	static final int ID = 1;

	@Id
	private Integer id;

	@Version
	private Long version;

	@Column(name = "updated_by", nullable = false, length = 100)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "clause_applicability_rule", joinColumns = @JoinColumn(name = "matrix_id"))
	private List<ApplicabilityRule> rules = new ArrayList<>();

	protected ApplicabilityMatrix() {
	}

	/** The items that apply, in the regulation's order. */
	Set<String> applicable(ContractKind kind, Set<SupplierType> types, Set<AccessKind> access) {
		Set<String> applying = new LinkedHashSet<>();
		for (String item : ClauseItems.CONTRACT_ITEMS) {
			if (this.rules.stream()
				.anyMatch((rule) -> rule.requirementId().equals(item) && rule.applies(kind, types, access))) {
				applying.add(item);
			}
		}
		return applying;
	}

	/**
	 * Replaces the given cells.
	 * @return what changed, for the audit trail (empty when nothing did)
	 */
	String change(List<ApplicabilityCell> cells, String actor, Instant now) {
		List<String> changes = new ArrayList<>();
		for (ApplicabilityCell cell : cells) {
			ApplicabilityCell before = cell(cell.requirementId(), cell.kind());
			if (before.equals(cell)) {
				continue;
			}
			this.rules.removeIf((rule) -> rule.at(cell.requirementId(), cell.kind()));
			this.rules.add(new ApplicabilityRule(cell));
			changes.add(cell.requirementId() + "/" + cell.kind() + ": " + describe(before) + " → " + describe(cell));
		}
		if (!changes.isEmpty()) {
			this.updatedBy = actor;
			this.updatedAt = now;
		}
		return String.join("; ", changes);
	}

	ApplicabilityCell cell(String requirementId, ContractKind kind) {
		return this.rules.stream()
			.filter((rule) -> rule.at(requirementId, kind))
			.findFirst()
			.map(ApplicabilityRule::cell)
			.orElseGet(() -> new ApplicabilityCell(requirementId, kind, false, Set.of(), Set.of()));
	}

	private static String describe(ApplicabilityCell cell) {
		if (cell.always()) {
			return "always";
		}
		return "access" + cell.accessKinds() + " supplier" + cell.supplierTypes();
	}

	long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
