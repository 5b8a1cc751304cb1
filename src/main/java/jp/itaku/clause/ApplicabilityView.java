package jp.itaku.clause;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.itaku.contract.ContractKind;

/**
 * The applicability matrix as screens and the API read it.
 *
 * @param version send it back with a change (optimistic locking)
 * @param cells 33 items × 7 contract kinds
 */
public record ApplicabilityView(long version, List<ApplicabilityCell> cells, String updatedBy, Instant updatedAt) {

	public ApplicabilityView {
		cells = List.copyOf(cells);
	}

	public Optional<ApplicabilityCell> cell(String requirementId, ContractKind kind) {
		return this.cells.stream()
			.filter((cell) -> cell.requirementId().equals(requirementId) && cell.kind() == kind)
			.findFirst();
	}

}
