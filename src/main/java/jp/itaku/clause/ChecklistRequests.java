package jp.itaku.clause;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.itaku.contract.ContractKind;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;

/** The JSON bodies of the clause API. */
final class ChecklistRequests {

	private ChecklistRequests() {
	}

	/** Findings to record, with the checklist version the caller read. */
	record Record(@NotNull Long version, @NotNull @Size(max = 33) List<@Valid @NotNull Finding> findings) {

		List<ItemFinding> toFindings() {
			return this.findings.stream()
				.map((f) -> new ItemFinding(f.requirementId(), f.verdict(), f.article(), f.note()))
				.toList();
		}

	}

	/** One item's finding; a null verdict clears it. */
	record Finding(@NotBlank @Size(max = 10) String requirementId, ClauseVerdict verdict,
			@Size(max = ClauseChecklists.MAX_ARTICLE) String article,
			@Size(max = ClauseChecklists.MAX_NOTE) String note) {
	}

	/** A corrective action (amendment) for a missing or partial item. */
	record Correction(@NotNull Long version, @NotBlank @Size(max = 10) String requirementId,
			@NotBlank @Size(max = 2000) String what, @NotBlank @Size(max = 100) String assignee,
			@NotNull LocalDate dueOn) {
	}

	/** Cells of the applicability matrix to change, with the matrix version read. */
	record Applicability(@NotNull Long version, @NotNull @Size(max = 231) List<@Valid @NotNull Cell> cells) {

		List<ApplicabilityCell> toCells() {
			return this.cells.stream()
				.map((c) -> new ApplicabilityCell(c.requirementId(), c.kind(), c.always(), c.accessKinds(),
						c.supplierTypes()))
				.toList();
		}

	}

	/** One cell of the matrix. */
	record Cell(@NotBlank @Size(max = 10) String requirementId, @NotNull ContractKind kind, boolean always,
			Set<AccessKind> accessKinds, Set<SupplierType> supplierTypes) {
	}

	/** The S01 policy of one supplier type. */
	record Policy(@NotNull Long version, Set<AccessKind> permittedAccess,
			@NotBlank @Size(max = SupplierPolicies.MAX_DESCRIPTION) String description) {
	}

}
