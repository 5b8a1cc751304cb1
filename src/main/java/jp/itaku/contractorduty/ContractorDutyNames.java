package jp.itaku.contractorduty;

import java.util.Optional;
import java.util.UUID;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.duty.DutyContractorNames;

import org.springframework.stereotype.Component;

/**
 * Names contractors for the duty list's filter from the register, as the caller may see
 * them.
 */
@Component
class ContractorDutyNames implements DutyContractorNames {

	private final Contractors contractors;

	ContractorDutyNames(Contractors contractors) {
		this.contractors = contractors;
	}

	@Override
	public Optional<String> nameOf(UUID contractorId) {
		return this.contractors.find(new ContractorId(contractorId)).map(Contractor::getName);
	}

}
