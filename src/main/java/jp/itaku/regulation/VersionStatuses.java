package jp.itaku.regulation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.itaku.regulation.RegulationVersion.Status;

/**
 * Which version is in force on a given day (規程 9 REV-01: approved by the committee and in
 * force from its effective date). Computed, never stored, so that a version takes effect
 * on its date with no job to run on any node.
 */
final class VersionStatuses {

	private VersionStatuses() {
	}

	/**
	 * @param versions the versions as stored, each approved ({@code approvedOn} set) or a
	 * draft
	 * @return the same versions, in the same order, each with its status on {@code today}
	 */
	static List<RegulationVersion> on(LocalDate today, List<RegulationVersion> versions) {
		Optional<RegulationVersion> inForce = inForce(today, versions);
		return versions.stream().map((version) -> version.withStatus(status(version, today, inForce))).toList();
	}

	/**
	 * The approved version with the latest effective date not after {@code today}; on a
	 * tie, the higher number.
	 */
	static Optional<RegulationVersion> inForce(LocalDate today, List<RegulationVersion> versions) {
		return versions.stream()
			.filter((version) -> isApproved(version) && !version.effectiveOn().isAfter(today))
			.max(Comparator.comparing(RegulationVersion::effectiveOn).thenComparing(RegulationVersion::number))
			.map((version) -> version.withStatus(Status.IN_FORCE));
	}

	private static Status status(RegulationVersion version, LocalDate today, Optional<RegulationVersion> inForce) {
		if (!isApproved(version)) {
			return Status.DRAFT;
		}
		if (version.effectiveOn().isAfter(today)) {
			return Status.SCHEDULED;
		}
		boolean current = inForce.map((v) -> v.number() == version.number()).orElse(false);
		return current ? Status.IN_FORCE : Status.SUPERSEDED;
	}

	private static boolean isApproved(RegulationVersion version) {
		return version.approvedOn() != null && version.effectiveOn() != null;
	}

}
