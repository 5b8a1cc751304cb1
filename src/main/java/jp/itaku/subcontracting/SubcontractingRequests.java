package jp.itaku.subcontracting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The JSON bodies of the subcontracting API besides the request itself.
 */
final class SubcontractingRequests {

	private SubcontractingRequests() {
	}

	/** An amended request, resubmitted after a send-back. */
	record Amendment(@NotNull Long version, @NotNull @Valid SubcontractingInput request) {
	}

	/** A change of a request's status at the version read. */
	record Step(@NotNull Long version, @Size(max = 2000) String note) {
	}

	/** The committee closes a finding. */
	record Closure(@NotNull Long version, @Size(max = 2000) String note) {
	}

}
