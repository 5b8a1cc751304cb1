package jp.itaku.contract;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a member records about a contract (the input of {@link Contracts#register} and
 * {@link Contracts#update}).
 *
 * @param contractorId the contractor the contract is with
 * @param number the contract's own number (契約番号), may be null
 * @param counterparty the party that signed for the contractor (契約相手方)
 * @param endOn the end of the first term, null for a contract without an end
 * @param autoRenewal whether the contract renews itself (自動更新)
 * @param renewalMonths the length of each renewed term, in months (with auto renewal)
 * @param noticeMonths the notice period (解約予告期間) in months, may be null
 * @param noticeDays the notice period in days, used when no months are given
 * @param amendsId the contract this one amends (変更契約), or null
 */
public record ContractDetails(UUID contractorId, ContractKind kind, String title, String number, String counterparty,
		LocalDate startOn, LocalDate endOn, boolean autoRenewal, Integer renewalMonths, Integer noticeMonths,
		Integer noticeDays, UUID amendsId) {

	public ContractDetails {
		title = strip(title);
		number = strip(number);
		counterparty = strip(counterparty);
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
