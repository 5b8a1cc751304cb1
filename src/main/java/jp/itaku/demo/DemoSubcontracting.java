package jp.itaku.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.itaku.approval.Approvals;
import jp.itaku.approval.Verdict;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.identity.Role;
import jp.itaku.subcontracting.FindingInput;
import jp.itaku.subcontracting.Subcontracting;
import jp.itaku.subcontracting.SubcontractingInput;
import jp.itaku.subcontracting.SubcontractingStatus;
import jp.itaku.subcontracting.SubcontractingView;
import jp.itaku.subcontracting.UnapprovedSubcontracting;

/**
 * The demo subcontracting (再委託, 規程 4.2(3)① R01) from {@code demo/subcontracting.tsv}: a
 * two-level chain approved by the committee and active, a request still before the
 * committee, and one open finding of unapproved subcontracting. Requests are filed by a
 * member on the contractor's behalf and decided by the demo committee members, as in real
 * use; a contract number the demo contracts do not hold is left out of the request.
 */
final class DemoSubcontracting {

	static final String FILE = "demo/subcontracting.tsv";

	private static final List<String> COMMITTEE = List.of("committee", "committee2");

	private final Subcontracting subcontracting;

	private final UnapprovedSubcontracting findings;

	private final Approvals approvals;

	private final Contracts register;

	private final Clock clock;

	DemoSubcontracting(Subcontracting subcontracting, UnapprovedSubcontracting findings, Approvals approvals,
			Contracts register, Clock clock) {
		this.subcontracting = subcontracting;
		this.findings = findings;
		this.approvals = approvals;
		this.register = register;
		this.clock = clock;
	}

	/**
	 * Loads the rows; returns how many.
	 * @param contracts the demo contracts' ids by number ({@code DemoContracts.load})
	 */
	int load(DemoContractorIds contractors, Map<String, UUID> contracts) {
		LocalDate today = LocalDate.now(this.clock);
		List<DemoRow> rows = DemoTable.read(FILE);
		for (DemoRow row : rows) {
			LocalDate start = today.minusDays(Long.parseLong(row.required("startDaysAgo")));
			if ("finding".equals(row.required("kind"))) {
				FindingInput finding = new FindingInput(contractors.of(row.required("contractor")).value(), null,
						row.required("subcontractor"), start, row.required("securityMeasures"), row.required("work"));
				DemoActors.as("auditor", Role.AUDITOR, () -> this.findings.record(finding));
				continue;
			}
			UUID contractor = contractors.of(row.required("contractor")).value();
			SubcontractingInput input = new SubcontractingInput(contractor, contract(row, contracts, contractor),
					contractors.of(row.required("subcontractor")).value(), null, row.required("work"),
					row.required("information"), row.enumValue("classification", InformationClassification.class),
					row.required("securityMeasures"), start, start.plusMonths(Long.parseLong(row.required("months"))));
			SubcontractingView filed = DemoActors.as("member", Role.MEMBER, () -> this.subcontracting.request(input));
			String outcome = row.required("outcome");
			if (!"pending".equals(outcome)) {
				approve(filed);
			}
			if ("active".equals(outcome)) {
				SubcontractingView approved = this.subcontracting.get(filed.id());
				DemoActors.as("member", Role.MEMBER,
						() -> this.subcontracting.activate(approved.id(), approved.version()));
			}
		}
		return rows.size();
	}

	private void approve(SubcontractingView filed) {
		for (String member : COMMITTEE) {
			if (this.subcontracting.get(filed.id()).status() == SubcontractingStatus.UNDER_REVIEW) {
				DemoActors.as(member, Role.COMMITTEE,
						() -> this.approvals.decide(filed.approvalId(), Verdict.APPROVE, null));
			}
		}
	}

	/**
	 * The named demo contract when it belongs to this contractor; a deeper link of the
	 * chain works under its parent's contract, which is not its own.
	 */
	private UUID contract(DemoRow row, Map<String, UUID> contracts, UUID contractor) {
		String number = row.text("contract");
		UUID id = (number != null) ? contracts.get(number) : null;
		return (id != null && contractorOf(id).equals(contractor)) ? id : null;
	}

	private UUID contractorOf(UUID contractId) {
		return DemoActors.as("member", Role.MEMBER, () -> this.register.get(contractId).contractorId());
	}

}
