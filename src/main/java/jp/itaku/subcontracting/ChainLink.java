package jp.itaku.subcontracting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One link of a subcontracting chain: an approved request, the subcontractor it names,
 * and the links below that subcontractor (再々委託 …).
 *
 * @param requestId the approved request that makes the link
 * @param depth 1 for a subcontractor of the root (再委託), 2 for 再々委託, …
 * @param repeated whether this subcontractor already appears higher or earlier in the
 * chain, so that its links are not repeated (a cycle, or one company in two places)
 */
public record ChainLink(UUID requestId, UUID contractorId, UUID subcontractorId, String subcontractorName,
		SubcontractingStatus status, LocalDate periodFrom, LocalDate periodTo, int depth, boolean repeated,
		List<ChainLink> below) {

	public ChainLink {
		below = List.copyOf(below);
	}

}
