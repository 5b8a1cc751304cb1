package jp.itaku.subcontracting;

import java.util.List;
import java.util.UUID;

/**
 * The subcontracting chain below one contractor (委託先 → 再委託先 → 再々委託先 …), to any depth.
 *
 * @param links the contractor's direct subcontractors, each with the links below it
 * @param depth the deepest level reached (0 when the contractor does not subcontract)
 */
public record ChainView(UUID contractorId, String contractorName, List<ChainLink> links, int depth) {

	public ChainView {
		links = List.copyOf(links);
	}

}
