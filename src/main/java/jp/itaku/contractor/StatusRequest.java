package jp.itaku.contractor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Asks to move a contractor along its life cycle.
 */
record StatusRequest(@NotNull(message = "{contractor.validation.required}") ContractorStatus status,
		@NotNull(message = "{contractor.validation.required}") Long version,
		@Size(max = 1000, message = "{contractor.validation.tooLong}") String reason) {

}
