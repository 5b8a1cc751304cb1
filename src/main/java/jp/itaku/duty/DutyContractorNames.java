package jp.itaku.duty;

import java.util.Optional;
import java.util.UUID;

/**
 * Names the contractor the duty list is filtered by (issue 4: the overdue list is
 * filterable by contractor). A module that knows the register implements it: this module
 * cannot depend on the contractor module itself, which reaches it through the compliance
 * table, so the dependency would be a cycle.
 */
public interface DutyContractorNames {

	/**
	 * The name of contractor {@code contractorId} as the caller may see it, empty when
	 * unknown or hidden from them.
	 */
	Optional<String> nameOf(UUID contractorId);

}
