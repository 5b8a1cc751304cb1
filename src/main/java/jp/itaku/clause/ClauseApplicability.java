package jp.itaku.clause;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import jp.itaku.contract.ContractKind;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;
import jp.itaku.identity.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which required items apply to a contract of a kind, with a contractor of these supplier
 * types and kinds of access: the committee's applicability matrix (規程 4.2). A change of
 * the matrix publishes {@link ClauseApplicabilityChanged}; every checklist is then
 * re-derived, keeping the findings already recorded.
 */
@Service
public class ClauseApplicability {

	private final ApplicabilityMatrixRepository matrices;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClauseApplicability(ApplicabilityMatrixRepository matrices, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.matrices = matrices;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The items of {@link ClauseItems#CONTRACT_ITEMS} that apply, in the regulation's
	 * order.
	 */
	@Transactional(readOnly = true)
	public Set<String> applicable(ContractKind kind, Set<SupplierType> supplierTypes, Set<AccessKind> accessKinds) {
		return matrix().applicable(kind, Set.copyOf(supplierTypes), Set.copyOf(accessKinds));
	}

	/** The whole matrix, every cell in the regulation's and the kinds' order. */
	@Transactional(readOnly = true)
	public ApplicabilityView view() {
		ApplicabilityMatrix matrix = matrix();
		List<ApplicabilityCell> cells = ClauseItems.CONTRACT_ITEMS.stream()
			.flatMap((item) -> java.util.Arrays.stream(ContractKind.values()).map((kind) -> matrix.cell(item, kind)))
			.toList();
		return new ApplicabilityView(matrix.getVersion(), cells, matrix.getUpdatedBy(), matrix.getUpdatedAt());
	}

	/**
	 * The committee changes cells of the matrix; the others stay. Every checklist is
	 * re-derived in the same transaction.
	 * @param expectedVersion the version the caller read
	 * @throws StaleApplicabilityVersion if someone changed the matrix meanwhile
	 * @throws IllegalArgumentException if a cell names an item that is not a contract
	 * item
	 */
	@Transactional
	public ApplicabilityView change(long expectedVersion, List<ApplicabilityCell> cells) {
		ApplicabilityMatrix matrix = matrix();
		if (matrix.getVersion() != expectedVersion) {
			throw new StaleApplicabilityVersion(expectedVersion, matrix.getVersion());
		}
		for (ApplicabilityCell cell : cells) {
			if (!ClauseItems.CONTRACT_ITEMS.contains(cell.requirementId()) || cell.kind() == null) {
				throw new IllegalArgumentException("not a cell of the matrix: " + cell);
			}
		}
		String actor = this.currentUsers.actorName();
		String changes = matrix.change(cells, actor, this.clock.instant());
		if (!changes.isEmpty()) {
			this.matrices.saveAndFlush(matrix);
			this.events.publishEvent(new ClauseApplicabilityChanged(matrix.getVersion(), changes, actor));
		}
		return view();
	}

	private ApplicabilityMatrix matrix() {
		return this.matrices.findById(ApplicabilityMatrix.ID)
			.orElseThrow(() -> new IllegalStateException("the applicability matrix (V136) is missing"));
	}

}
