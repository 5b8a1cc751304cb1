package jp.itaku.contract;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The contract form as typed; {@link ContractRules} checks it through
 * {@link ContractDetails}, so that the screen and the API refuse the same input alike.
 *
 * @param version the version the form was loaded at (null for a new contract)
 */
record ContractForm(UUID contractorId, ContractKind kind, String title, String number, String counterparty,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endOn, boolean autoRenewal, Integer renewalMonths,
		Integer noticeMonths, Integer noticeDays, UUID amendsId, Long version) {

	/** A blank form for a contract with the contractor, or an amendment of a contract. */
	static ContractForm blank(UUID contractorId, ContractSummary amended) {
		if (amended != null) {
			return new ContractForm(amended.contractorId(), amended.kind(), null, null, amended.counterparty(), null,
					amended.endOn(), false, null, null, null, amended.id(), null);
		}
		return new ContractForm(contractorId, null, null, null, null, null, null, false, null, null, null, null, null);
	}

	/** The form filled with the stored contract, to edit it. */
	static ContractForm of(ContractView contract) {
		return new ContractForm(contract.contractorId(), contract.kind(), contract.title(), contract.number(),
				contract.counterparty(), contract.startOn(), contract.endOn(), contract.autoRenewal(),
				contract.renewalMonths(), contract.noticeMonths(), contract.noticeDays(), contract.amendsId(),
				contract.version());
	}

	ContractDetails details() {
		return new ContractDetails(this.contractorId, this.kind, this.title, this.number, this.counterparty,
				this.startOn, this.endOn, this.autoRenewal, this.renewalMonths, this.noticeMonths, this.noticeDays,
				this.amendsId);
	}

}
