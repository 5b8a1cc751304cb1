package jp.itaku.subcontracting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subcontracting chain (規程 4.2(3)① R01): below a contractor, every subcontractor the
 * committee approved, and theirs, to any depth. Read one level per query; a company met
 * again (a cycle, or one company subcontracted twice) is shown but not followed again, so
 * the walk always ends.
 */
@Service
@Transactional(readOnly = true)
public class SubcontractingChains {

	/**
	 * The statuses of a request that make it a link of the chain: approved beforehand.
	 */
	static final Set<SubcontractingStatus> LINKS = EnumSet.of(SubcontractingStatus.APPROVED,
			SubcontractingStatus.ACTIVE, SubcontractingStatus.ENDED);

	private final SubcontractingRequestRepository requests;

	private final Contractors contractors;

	SubcontractingChains(SubcontractingRequestRepository requests, Contractors contractors) {
		this.requests = requests;
		this.contractors = contractors;
	}

	/**
	 * The chain below a contractor.
	 * @throws NotFoundException if the contractor does not exist or the caller may not
	 * see it (a contractor account: another company)
	 */
	public ChainView below(UUID contractorId) {
		Contractor root = this.contractors.find(new ContractorId(contractorId))
			.orElseThrow(() -> new NotFoundException("contractor " + contractorId));
		Map<UUID, List<SubcontractingRequest>> byParent = new HashMap<>();
		Set<UUID> reached = new HashSet<>(Set.of(contractorId));
		Set<UUID> frontier = Set.of(contractorId);
		while (!frontier.isEmpty()) {
			Set<UUID> next = new HashSet<>();
			for (SubcontractingRequest link : this.requests.findByContractorIdInAndStatusInOrderByCreatedAt(frontier,
					LINKS)) {
				byParent.computeIfAbsent(link.getContractorId(), (parent) -> new ArrayList<>()).add(link);
				if (reached.add(link.getSubcontractorId())) {
					next.add(link.getSubcontractorId());
				}
			}
			frontier = next;
		}
		Set<UUID> expanded = new HashSet<>(Set.of(contractorId));
		List<ChainLink> links = linksBelow(contractorId, 1, byParent, expanded);
		return new ChainView(contractorId, root.getName(), links, depth(links));
	}

	private static List<ChainLink> linksBelow(UUID parent, int depth, Map<UUID, List<SubcontractingRequest>> byParent,
			Set<UUID> expanded) {
		List<ChainLink> links = new ArrayList<>();
		for (SubcontractingRequest request : byParent.getOrDefault(parent, List.of())) {
			SubcontractingView view = request.view();
			boolean first = expanded.add(view.subcontractorId());
			List<ChainLink> below = first ? linksBelow(view.subcontractorId(), depth + 1, byParent, expanded)
					: List.of();
			links.add(new ChainLink(view.id(), view.contractorId(), view.subcontractorId(), view.subcontractorName(),
					view.status(), view.periodFrom(), view.periodTo(), depth, !first, below));
		}
		return links;
	}

	private static int depth(List<ChainLink> links) {
		int deepest = 0;
		for (ChainLink link : links) {
			deepest = Math.max(deepest, Math.max(link.depth(), depth(link.below())));
		}
		return deepest;
	}

}
