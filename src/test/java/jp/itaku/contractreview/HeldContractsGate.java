package jp.itaku.contractreview;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jp.itaku.contract.ContractReviewGate;

import org.springframework.stereotype.Component;

/**
 * A review gate as another module offers one (the clause checklist does): it reports open
 * points only for the contracts a test holds, so that every other test's contract passes
 * it and the application context stays the one all tests share.
 */
@Component
class HeldContractsGate implements ContractReviewGate {

	private static final Map<UUID, List<String>> HELD = new ConcurrentHashMap<>();

	static void hold(UUID contractId, String... points) {
		HELD.put(contractId, List.of(points));
	}

	static void release(UUID contractId) {
		HELD.remove(contractId);
	}

	@Override
	public List<String> openPoints(UUID contractId) {
		return HELD.getOrDefault(contractId, List.of());
	}

}
