package jp.itaku.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import jp.itaku.contract.ContractKind;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matrix view (規程 4.2): all active contracts × the 33 required items, paged and
 * filtered on the server by contract kind, contractor and gaps (an item not reviewed or
 * unresolved), sorted by contract number.
 */
@Component
class ClauseMatrix {

	static final int MAX_SIZE = 100;

	private final ClauseChecklistRepository checklists;

	private final ChecklistResolution resolution;

	ClauseMatrix(ClauseChecklistRepository checklists, ChecklistResolution resolution) {
		this.checklists = checklists;
		this.resolution = resolution;
	}

	@Transactional(readOnly = true)
	Page<MatrixRow> page(MatrixQuery query, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE),
				Sort.by("label", "id"));
		return this.checklists.findAll(matching(query), request).map(this::row);
	}

	/** Every matching row, for the Excel export (capped at {@code limit}). */
	@Transactional(readOnly = true)
	List<MatrixRow> all(MatrixQuery query, int limit) {
		return page(query, 0, limit).getContent();
	}

	private MatrixRow row(ClauseChecklist checklist) {
		ChecklistView view = this.resolution.view(checklist);
		List<String> cells = view.items().stream().map(ChecklistSymbols::of).toList();
		List<String> unresolved = view.items()
			.stream()
			.filter(ChecklistItemView::unresolved)
			.map(ChecklistItemView::requirementId)
			.toList();
		return new MatrixRow(checklist.getSubjectId(), checklist.getLabel(), checklist.getContractorId(),
				checklist.getContractKind(), checklist.getApplicableCount(), checklist.getPresentCount(),
				checklist.getUnreviewedCount(), checklist.getUnresolvedCount(), cells, unresolved);
	}

	static Specification<ClauseChecklist> matching(MatrixQuery query) {
		return (root, cq, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("subjectType"), ChecklistSubject.CONTRACT));
			where.add(cb.isTrue(root.get("active")));
			if (query.kind() != null) {
				where.add(cb.equal(root.get("contractKind"), query.kind()));
			}
			if (query.contractor() != null) {
				where.add(cb.equal(root.get("contractorId"), query.contractor()));
			}
			if (query.gapsOnly()) {
				where.add(cb.or(cb.greaterThan(root.get("unresolvedCount"), 0),
						cb.greaterThan(root.get("unreviewedCount"), 0)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** The matrix view's filters; null is none. */
	record MatrixQuery(ContractKind kind, UUID contractor, boolean gapsOnly) {
	}

}
