package jp.itaku.contract;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The JSON bodies of the contract API. */
final class ContractRequests {

	private ContractRequests() {
	}

	/**
	 * A contract's details; {@code version} is required on update (optimistic locking)
	 * and ignored on create. The contractor and {@code amendsId} of a stored contract do
	 * not change.
	 */
	record Details(UUID contractorId, ContractKind kind, String title, String number, String counterparty,
			LocalDate startOn, LocalDate endOn, boolean autoRenewal, Integer renewalMonths, Integer noticeMonths,
			Integer noticeDays, UUID amendsId, Long version) {

		ContractDetails details() {
			return new ContractDetails(this.contractorId, this.kind, this.title, this.number, this.counterparty,
					this.startOn, this.endOn, this.autoRenewal, this.renewalMonths, this.noticeMonths, this.noticeDays,
					this.amendsId);
		}

	}

	/** A move along the life cycle, from the version the caller read. */
	record Status(@NotNull(message = "{contract.validation.required}") ContractStatus target,
			@NotNull(message = "{contract.validation.required}") Long version) {

	}

	/** Why a document is withdrawn. */
	record Withdrawal(String reason) {

	}

}
