package jp.itaku.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contractor.Contact;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.Contractors;

/**
 * The demo register: the contractors of {@code demo/contractors.tsv} with their contacts
 * from {@code demo/contacts.tsv}. They go through the register's facade like any other
 * entry, so each gets its audit-trail records, and reach their status only by the
 * transitions the life cycle allows.
 */
final class DemoContractors {

	static final String CONTRACTORS = "demo/contractors.tsv";

	static final String CONTACTS = "demo/contacts.tsv";

	private final Contractors contractors;

	DemoContractors(Contractors contractors) {
		this.contractors = contractors;
	}

	/**
	 * Reads and cross-checks the demo contractors: unique keys, parents listed before
	 * their subsidiaries, no contact of an unknown contractor.
	 */
	static List<DemoContractor> read() {
		Map<String, List<Contact>> contacts = new LinkedHashMap<>();
		for (DemoRow row : DemoTable.read(CONTACTS)) {
			contacts.computeIfAbsent(row.required("contractor"), (key) -> new ArrayList<>())
				.add(new Contact(row.required("name"), row.text("department"), row.text("email"), row.text("phone"),
						Boolean.parseBoolean(row.required("primary"))));
		}
		List<DemoContractor> result = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (DemoRow row : DemoTable.read(CONTRACTORS)) {
			DemoContractor demo = DemoContractor.of(row, contacts.getOrDefault(row.required("key"), List.of()));
			if (demo.parentKey() != null && !keys.contains(demo.parentKey())) {
				throw row.invalid("parent", "must name a row above: " + demo.parentKey());
			}
			if (!keys.add(demo.key())) {
				throw row.invalid("key", "is used twice: " + demo.key());
			}
			result.add(demo);
		}
		for (String key : contacts.keySet()) {
			if (!keys.contains(key)) {
				throw new IllegalStateException(CONTACTS + ": contacts of an unknown contractor " + key);
			}
		}
		return result;
	}

	/** Registers every demo contractor and moves it along its status path. */
	DemoContractorIds load() {
		return load((key, id, responsible, target) -> {
		});
	}

	/**
	 * Registers every demo contractor and moves it along its status path, letting
	 * {@code beforeStatus} record what a move needs first (an evaluation before 選定済).
	 */
	DemoContractorIds load(BeforeStatus beforeStatus) {
		Map<String, ContractorId> ids = new LinkedHashMap<>();
		for (DemoContractor demo : read()) {
			UUID parentId = (demo.parentKey() != null) ? ids.get(demo.parentKey()).value() : null;
			Contractor contractor = this.contractors.register(demo.detailsWithParent(parentId));
			List<ContractorStatus> path = demo.statusPath();
			for (int i = 0; i < path.size(); i++) {
				String reason = (i == path.size() - 1) ? demo.statusReason() : null;
				beforeStatus.prepare(demo.key(), contractor.contractorId(), demo.details().responsibleMember(),
						path.get(i));
				contractor = this.contractors.get(contractor.contractorId());
				contractor = this.contractors.changeStatus(contractor.contractorId(), contractor.getVersion(),
						path.get(i), reason);
			}
			ids.put(demo.key(), contractor.contractorId());
		}
		return new DemoContractorIds(ids);
	}

	/** What the loader does before moving a demo contractor to a status. */
	@FunctionalInterface
	interface BeforeStatus {

		void prepare(String key, ContractorId id, String responsibleMember, ContractorStatus target);

	}

}
