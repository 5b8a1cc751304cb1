package jp.itaku.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.Contractors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The contractors a contract form and the list filter offer: those selected or under
 * contract (規程 4.1: a contract follows the selection), by kana.
 */
@Component
class ContractorOptions {

	/** The most contractors a select offers. */
	static final int MAX = 500;

	private final Contractors contractors;

	ContractorOptions(Contractors contractors) {
		this.contractors = contractors;
	}

	/**
	 * One contractor in a select.
	 *
	 * @param id the contractor's id
	 * @param name its name
	 * @param kana its name's reading, for the order
	 */
	record Option(UUID id, String name, String kana) {

	}

	List<Option> selectable() {
		List<Option> options = new ArrayList<>();
		for (ContractorStatus status : List.of(ContractorStatus.SELECTED, ContractorStatus.CONTRACTED)) {
			this.contractors
				.search(new ContractorQuery(null, status, null, null, null, null),
						PageRequest.of(0, MAX, Sort.by("nameKana", "id")))
				.forEach((contractor) -> options
					.add(new Option(contractor.getId(), contractor.getName(), contractor.getNameKana())));
		}
		options.sort(Comparator.comparing(Option::kana, Comparator.nullsLast(Comparator.naturalOrder())));
		return options;
	}

}
