package jp.itaku.contractor;

import java.util.Set;

/**
 * How closely a contractor must be watched: tier 1 the most. Derived from the access
 * granted and the information handled; later issues set review intervals by tier.
 */
public enum RiskTier {

	TIER_1, TIER_2, TIER_3;

	/**
	 * Tier 1 when the contractor holds or reaches into confidential information (stores
	 * it, has system access) or handles strictly confidential information at all; tier 3
	 * when it at most views information no higher than internal; tier 2 otherwise.
	 */
	public static RiskTier derive(Set<AccessKind> access, InformationClassification classification) {
		boolean deepAccess = access.contains(AccessKind.STORE) || access.contains(AccessKind.SYSTEM_ACCESS);
		boolean anyAccess = access.stream().anyMatch((kind) -> kind != AccessKind.NONE);
		if (classification == InformationClassification.STRICTLY_CONFIDENTIAL && anyAccess) {
			return TIER_1;
		}
		if (deepAccess && classification == InformationClassification.CONFIDENTIAL) {
			return TIER_1;
		}
		boolean lightAccess = access.stream().allMatch((kind) -> kind == AccessKind.NONE || kind == AccessKind.VIEW);
		if (lightAccess && classification.compareTo(InformationClassification.INTERNAL) <= 0) {
			return TIER_3;
		}
		return TIER_2;
	}

}
