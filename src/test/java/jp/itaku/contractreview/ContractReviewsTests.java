package jp.itaku.contractreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.audittrail.AuditEntryView;
import jp.itaku.audittrail.AuditTrail;
import jp.itaku.audittrail.AuditTrailQuery;
import jp.itaku.contract.ContractStatus;
import jp.itaku.clause.ClauseChecklists;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.Contractors;
import jp.itaku.corrective.CorrectiveActionStatus;
import jp.itaku.corrective.CorrectiveActions;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;

import static jp.itaku.contractreview.ReviewFixtures.as;
import static jp.itaku.contractreview.ReviewFixtures.asMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Recording contract reviews through the facade (規程 4.3(1) MGT-01): the outcome, the
 * actions it opens, the gate, the audit trail, and who may see them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractReviewsTests {

	static final String ASSIGNEE = "rv-assignee";

	@Autowired
	ContractReviews reviews;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	@Autowired
	CorrectiveActions correctiveActions;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	ClauseChecklists checklists;

	@Autowired
	Clock clock;

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private ContractSummary active(String name) {
		UUID contractor = ReviewFixtures.contractor(this.contractors, name, ReviewFixtures.OWNER);
		ContractSummary contract = ReviewFixtures.concluded(this.contracts, contractor, today().minusMonths(14));
		ReviewFixtures.settleChecklist(this.checklists, contract.id());
		return contract;
	}

	private String assignee() {
		if (!this.accounts.exists(ASSIGNEE)) {
			this.accounts.createLocal(ASSIGNEE, "見直し担当", "Rv-test-password-1234", Set.of(Role.MEMBER), null);
		}
		return ASSIGNEE;
	}

	@Test
	void aReviewThatRequiresActionOpensItsActionsAndListsThemWithTheirStatus() {
		ContractSummary contract = active("見直し是正株式会社");
		ContractReviewView review = asMember(() -> this.reviews.record(contract.id(),
				ReviewFixtures.actionRequired(today(), assignee(), today().plusDays(30))));

		List<ContractReviewView> history = asMember(() -> this.reviews.history(contract.id()));

		assertThat(history).singleElement().satisfies((recorded) -> {
			assertThat(recorded.id()).isEqualTo(review.id());
			assertThat(recorded.outcome()).isEqualTo(ContractReviewOutcome.ACTION_REQUIRED);
			assertThat(recorded.reviewer()).isEqualTo("reviewer");
			assertThat(recorded.actions()).singleElement().satisfies((action) -> {
				assertThat(action.assignee()).isEqualTo(ASSIGNEE);
				assertThat(action.status()).isEqualTo(CorrectiveActionStatus.OPEN);
			});
		});
		assertThat(this.correctiveActions.ofSource(ContractReviews.SOURCE_TYPE, review.id().toString())).singleElement()
			.satisfies((action) -> assertThat(action.what()).contains("再委託"));
	}

	@Test
	void aRecordedReviewIsInTheAuditTrail() {
		ContractSummary contract = active("見直し監査株式会社");
		ContractReviewView review = asMember(
				() -> this.reviews.record(contract.id(), ReviewFixtures.confirmed(today().minusDays(1))));

		List<AuditEntryView> entries = this.auditTrail
			.search(new AuditTrailQuery("contract-review", review.id().toString(), null, null, null),
					Pageable.ofSize(5))
			.getContent();

		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("RECORDED");
			assertThat(entry.actor()).isEqualTo("reviewer");
			assertThat(entry.changes()).contains("CONFIRMED");
		});
	}

	@Test
	void aConfirmedReviewIsRefusedWhileAGateHasOpenPointsAndNothingIsRecorded() {
		ContractSummary contract = active("見直しゲート株式会社");
		HeldContractsGate.hold(contract.id(), "R01: 欠落");
		try {
			assertThatExceptionOfType(ContractReviewRefused.class)
				.isThrownBy(() -> asMember(() -> this.reviews.record(contract.id(), ReviewFixtures.confirmed(today()))))
				.satisfies((refused) -> assertThat(refused.openPoints()).containsExactly("R01: 欠落"));
			assertThat(asMember(() -> this.reviews.history(contract.id()))).isEmpty();
		}
		finally {
			HeldContractsGate.release(contract.id());
		}
	}

	@Test
	void aReviewThatRequiresActionIsRecordedDespiteOpenPoints() {
		ContractSummary contract = active("見直し要対応株式会社");
		HeldContractsGate.hold(contract.id(), "R01: 欠落");
		try {
			asMember(() -> this.reviews.record(contract.id(),
					ReviewFixtures.actionRequired(today(), assignee(), today().plusDays(14))));

			assertThat(asMember(() -> this.reviews.history(contract.id()))).hasSize(1);
		}
		finally {
			HeldContractsGate.release(contract.id());
		}
	}

	@Test
	void aDraftContractCannotBeReviewed() {
		UUID contractor = ReviewFixtures.contractor(this.contractors, "見直し起案株式会社", ReviewFixtures.OWNER);
		ContractSummary draft = ReviewFixtures.draft(this.contracts, contractor, today().minusMonths(1));

		assertThatExceptionOfType(ContractNotReviewable.class)
			.isThrownBy(() -> asMember(() -> this.reviews.record(draft.id(), ReviewFixtures.confirmed(today()))));
	}

	@Test
	void anEndedContractCannotBeReviewed() {
		ContractSummary ended = ReviewFixtures.moveTo(this.contracts, active("見直し終了株式会社"), ContractStatus.ENDED);

		assertThatExceptionOfType(ContractNotReviewable.class)
			.isThrownBy(() -> asMember(() -> this.reviews.record(ended.id(), ReviewFixtures.confirmed(today()))));
	}

	@Test
	void incompleteInputIsRefusedFieldByFieldAndNothingIsRecorded() {
		ContractSummary contract = active("見直し入力株式会社");
		ReviewInput input = new ReviewInput(today().plusDays(1), ContractReviewOutcome.ACTION_REQUIRED, " ", List.of());

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> asMember(() -> this.reviews.record(contract.id(), input)))
			.satisfies((invalid) -> assertThat(invalid.errors()).extracting((problem) -> problem.field())
				.containsExactlyInAnyOrder("reviewedOn", "summary", "actions"));
		assertThat(asMember(() -> this.reviews.history(contract.id()))).isEmpty();
	}

	@Test
	void anActionMustGoToAnAccountOfTheOrganisation() {
		ContractSummary contract = active("見直し担当者株式会社");

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> asMember(() -> this.reviews.record(contract.id(),
					ReviewFixtures.actionRequired(today(), "nobody-such", today().plusDays(5)))))
			.satisfies((invalid) -> assertThat(invalid.errors()).extracting((problem) -> problem.field())
				.containsExactly("actions[0].assignee"));
	}

	@Test
	void aContractorAccountSeesNoReviews() {
		ContractSummary contract = active("見直し委託先株式会社");

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("rep", () -> this.reviews.history(contract.id()), Role.CONTRACTOR));
	}

}
