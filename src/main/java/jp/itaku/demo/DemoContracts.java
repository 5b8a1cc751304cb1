package jp.itaku.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.itaku.contract.ContractDetails;
import jp.itaku.contract.ContractKind;
import jp.itaku.contract.ContractStatus;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.identity.Role;

/**
 * Records the demo contracts of {@code demo/contracts.tsv} (契約, 規程 4.2): every kind,
 * drafts, concluded, renewed and ended contracts, an amendment, one nearing its notice
 * deadline; dates relative to the day the demo is loaded. Each is recorded and moved by
 * its author, a demo member, as the audit trail then shows.
 */
final class DemoContracts {

	static final String FILE = "demo/contracts.tsv";

	private final Contracts contracts;

	private final Clock clock;

	DemoContracts(Contracts contracts, Clock clock) {
		this.contracts = contracts;
		this.clock = clock;
	}

	/** The rows of the demo file. */
	static List<DemoRow> read() {
		return DemoTable.read(FILE);
	}

	/**
	 * Records the demo contracts.
	 * @return each contract's id by its number, for the demo parts that follow
	 */
	Map<String, UUID> load(DemoContractorIds contractors) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, UUID> ids = new LinkedHashMap<>();
		for (DemoRow row : read()) {
			String author = row.required("author");
			String amends = row.text("amends");
			UUID amendsId = null;
			if (amends != null) {
				amendsId = ids.get(amends);
				if (amendsId == null) {
					throw row.invalid("amends", "names no earlier contract " + amends);
				}
			}
			ContractDetails details = new ContractDetails(contractors.of(row.required("contractor")).value(),
					row.enumValue("kind", ContractKind.class), row.required("title"), row.required("number"),
					row.required("counterparty"), day(today, row.required("startInDays")),
					(row.text("endInDays") != null) ? day(today, row.text("endInDays")) : null,
					Boolean.parseBoolean(row.text("autoRenewal")), integer(row, "renewalMonths"),
					integer(row, "noticeMonths"), integer(row, "noticeDays"), amendsId);
			ContractSummary contract = DemoActors.as(author, Role.MEMBER, () -> this.contracts.register(details));
			long version = contract.version();
			for (ContractStatus target : row.enumList("statusPath", ">", ContractStatus.class)) {
				long at = version;
				version = DemoActors
					.as(author, Role.MEMBER, () -> this.contracts.changeStatus(contract.id(), at, target))
					.version();
			}
			ids.put(row.required("number"), contract.id());
		}
		return ids;
	}

	private static LocalDate day(LocalDate today, String days) {
		return today.plusDays(Long.parseLong(days));
	}

	private static Integer integer(DemoRow row, String column) {
		String text = row.text(column);
		return (text != null) ? Integer.valueOf(text) : null;
	}

}
