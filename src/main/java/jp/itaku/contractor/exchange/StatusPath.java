package jp.itaku.contractor.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.itaku.contractor.ContractorStatus;

/**
 * The shortest walk along the contractor life cycle from one status to another. An import
 * that sets a status moves the contractor step by step, so that every transition is
 * allowed and recorded; a status the life cycle cannot reach is refused.
 */
final class StatusPath {

	private StatusPath() {
	}

	/**
	 * The statuses to pass through after {@code from}, ending with {@code to}; empty when
	 * {@code to} is unreachable. Staying where one is counts as the path {@code [from]}.
	 */
	static List<ContractorStatus> between(ContractorStatus from, ContractorStatus to) {
		if (from == to) {
			return List.of(from);
		}
		Map<ContractorStatus, ContractorStatus> previous = new EnumMap<>(ContractorStatus.class);
		Deque<ContractorStatus> queue = new ArrayDeque<>(List.of(from));
		while (!queue.isEmpty()) {
			ContractorStatus status = queue.poll();
			for (ContractorStatus next : status.next()) {
				if (next != from && !previous.containsKey(next)) {
					previous.put(next, status);
					queue.add(next);
				}
			}
		}
		if (!previous.containsKey(to)) {
			return List.of();
		}
		List<ContractorStatus> path = new ArrayList<>();
		for (ContractorStatus step = to; step != from; step = previous.get(step)) {
			path.add(step);
		}
		Collections.reverse(path);
		return path;
	}

}
