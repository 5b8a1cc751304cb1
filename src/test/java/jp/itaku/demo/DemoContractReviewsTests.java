package jp.itaku.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jp.itaku.clause.ChecklistItemView;
import jp.itaku.clause.ChecklistSubject;
import jp.itaku.clause.ChecklistView;
import jp.itaku.clause.ClauseChecklists;
import jp.itaku.clause.ClauseVerdict;
import jp.itaku.clause.ItemFinding;
import jp.itaku.compliance.Compliance;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementCompliance;
import jp.itaku.contract.ContractDetails;
import jp.itaku.contract.ContractKind;
import jp.itaku.contract.ContractStatus;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import jp.itaku.contractreview.ContractReviewOutcome;
import jp.itaku.contractreview.ContractReviewStanding;
import jp.itaku.contractreview.ContractReviewView;
import jp.itaku.contractreview.ContractReviews;
import jp.itaku.corrective.CorrectiveActionStatus;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo contract reviews on contracts numbered as the demo's: two confirmed three
 * months ago and on time, one reviewed fourteen months ago that requires action, with its
 * action open and its review overdue, so that MGT-01 and OPS-04 show OVERDUE.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoContractReviewsTests {

	@Autowired
	ContractReviews reviews;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	@Autowired
	ClauseChecklists checklists;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Compliance compliance;

	@Autowired
	Clock clock;

	private Map<String, UUID> demoContracts(LocalDate today) {
		return asAdmin(() -> {
			UUID contractor = this.contractors
				.register(new ContractorDetails("デモ見直し株式会社", "デモミナオシ", null, null, null, null, null,
						Set.of(SupplierType.IT_SERVICE), Set.of(AccessKind.VIEW), InformationClassification.INTERNAL,
						null, null, null, null, null, List.of()))
				.getId();
			// the demo's assignee must be an account of the organisation; the reviewers
			// need none, the review records the signed-in name
			if (!this.accounts.exists("member2")) {
				this.accounts.createLocal("member2", "member2", "Demo-review-password-1234", Set.of(Role.MEMBER), null);
			}
			return Map.of("IT-2024-005", concluded(contractor, "IT-2024-005", today.minusMonths(20), true),
					"IT-2023-004", concluded(contractor, "IT-2023-004", today.minusMonths(30), true), "IT-2025-006",
					concluded(contractor, "IT-2025-006", today.minusMonths(16), false));
		});
	}

	private UUID concluded(UUID contractor, String number, LocalDate startOn, boolean complete) {
		ContractSummary draft = this.contracts.register(new ContractDetails(contractor, ContractKind.MAINTENANCE,
				"デモ契約 " + number, number, "デモ株式会社", startOn, null, false, null, null, null, null));
		ContractSummary contract = this.contracts.changeStatus(draft.id(), draft.version(), ContractStatus.CONCLUDED);
		if (complete) {
			ChecklistView checklist = this.checklists.find(ChecklistSubject.CONTRACT, contract.id()).orElseThrow();
			this.checklists.record(ChecklistSubject.CONTRACT, contract.id(), checklist.version(),
					checklist.items()
						.stream()
						.filter(ChecklistItemView::applicable)
						.map((item) -> new ItemFinding(item.requirementId(), ClauseVerdict.PRESENT, "第2条", null))
						.toList());
		}
		return contract.id();
	}

	@Test
	void theDemoReviewsLeaveOneContractOverdueWithItsActionOpen() {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, UUID> contracts = demoContracts(today);

		int loaded = asAdmin(() -> new DemoContractReviews(this.reviews, this.contracts, this.clock).load(contracts));

		assertThat(loaded).isEqualTo(3);
		assertThat(asAdmin(() -> this.reviews.standing(contracts.get("IT-2024-005"))).state())
			.isEqualTo(ContractReviewStanding.State.ON_TRACK);
		assertThat(asAdmin(() -> this.reviews.standing(contracts.get("IT-2023-004"))).lastConfirmedOn())
			.isEqualTo(today.minusMonths(3));
		assertThat(asAdmin(() -> this.reviews.standing(contracts.get("IT-2025-006"))).state())
			.isEqualTo(ContractReviewStanding.State.OVERDUE);
		List<ContractReviewView> late = asAdmin(() -> this.reviews.history(contracts.get("IT-2025-006")));
		assertThat(late).singleElement().satisfies((review) -> {
			assertThat(review.outcome()).isEqualTo(ContractReviewOutcome.ACTION_REQUIRED);
			assertThat(review.reviewedOn()).isEqualTo(today.minusMonths(14));
			assertThat(review.actions()).singleElement()
				.satisfies((action) -> assertThat(action.status()).isEqualTo(CorrectiveActionStatus.OPEN));
		});
		assertThat(this.compliance.overview(Locale.JAPANESE))
			.filteredOn((row) -> List.of("MGT-01", "OPS-04").contains(row.requirementId()))
			.extracting(RequirementCompliance::status)
			.containsExactly(ComplianceStatus.OVERDUE, ComplianceStatus.OVERDUE);
	}

	private static <T> T asAdmin(Supplier<T> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-loader", null,
					AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
