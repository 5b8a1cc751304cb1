package jp.itaku.contractreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contract.ContractStatus;
import jp.itaku.clause.ClauseChecklists;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.Contractors;
import jp.itaku.duty.Duties;
import jp.itaku.duty.DutyStatus;
import jp.itaku.duty.DutySummary;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static jp.itaku.contractreview.ReviewFixtures.asMember;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review duties follow the contract's life (規程 4.3(1) MGT-01): scheduled when it is
 * concluded, completed by a confirmed review, cancelled when it ends.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewDutiesTests {

	@Autowired
	ContractReviews reviews;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	@Autowired
	Duties duties;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ClauseChecklists checklists;

	@Autowired
	Clock clock;

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private List<DutySummary> reviewDuties(UUID contractorId) {
		return asMember(() -> this.duties.openForContractor(contractorId)).stream()
			.filter((duty) -> duty.kind().startsWith("contract-"))
			.toList();
	}

	@Test
	void aConcludedContractIsDueForReviewAPeriodAfterItsStartByTheCommittee() {
		UUID contractor = ReviewFixtures.contractor(this.contractors, "義務締結株式会社", null);
		LocalDate start = today().minusMonths(2);
		ContractSummary contract = ReviewFixtures.concluded(this.contracts, contractor, start);

		assertThat(reviewDuties(contractor)).singleElement().satisfies((duty) -> {
			assertThat(duty.kind()).isEqualTo(ReviewDuties.REVIEW);
			assertThat(duty.requirementId()).isEqualTo("MGT-01");
			assertThat(duty.subjectId()).isEqualTo(contract.id().toString());
			assertThat(duty.committee()).isTrue();
			assertThat(duty.dueOn()).isEqualTo(start.plusMonths(12));
			assertThat(duty.contractorId()).isEqualTo(contractor);
		});
	}

	@Test
	void theContractorsResponsibleMemberOwnsTheReviewDuty() {
		if (!this.accounts.exists("rv-owner")) {
			this.accounts.createLocal("rv-owner", "担当者", "Rv-test-password-1234", Set.of(Role.MEMBER), null);
		}
		UUID contractor = ReviewFixtures.contractor(this.contractors, "義務担当株式会社", "rv-owner");
		ReviewFixtures.concluded(this.contracts, contractor, today().minusMonths(2));

		assertThat(reviewDuties(contractor)).singleElement().satisfies((duty) -> {
			assertThat(duty.committee()).isFalse();
			assertThat(duty.owner()).isEqualTo("rv-owner");
		});
	}

	@Test
	void aDraftContractHasNoReviewDuty() {
		UUID contractor = ReviewFixtures.contractor(this.contractors, "義務起案株式会社", ReviewFixtures.OWNER);
		ReviewFixtures.draft(this.contracts, contractor, today().minusMonths(2));

		assertThat(reviewDuties(contractor)).isEmpty();
	}

	@Test
	void aContractWithANoticeDeadlineIsReviewedTheSetDaysBeforeIt() {
		UUID contractor = ReviewFixtures.contractor(this.contractors, "義務予告株式会社", ReviewFixtures.OWNER);
		LocalDate start = today().minusMonths(6);
		ContractSummary contract = ReviewFixtures.moveTo(this.contracts,
				ReviewFixtures.draftWithNotice(this.contracts, contractor, start, today().plusMonths(4), 60),
				ContractStatus.CONCLUDED);

		assertThat(contract.noticeDeadline()).isNotNull();
		assertThat(reviewDuties(contractor)).filteredOn((duty) -> duty.kind().equals(ReviewDuties.NOTICE_REVIEW))
			.singleElement()
			.satisfies((duty) -> {
				assertThat(duty.requirementId()).isEqualTo("MGT-01");
				assertThat(duty.dueOn()).isEqualTo(contract.noticeDeadline().minusDays(30));
			});
	}

	@Test
	void aConfirmedReviewCompletesTheReviewDueAndSchedulesTheNextFromItsDate() {
		UUID contractor = ReviewFixtures.contractor(this.contractors, "義務確認株式会社", ReviewFixtures.OWNER);
		ContractSummary contract = ReviewFixtures.concluded(this.contracts, contractor, today().minusMonths(14));
		assertThat(reviewDuties(contractor)).singleElement()
			.satisfies((duty) -> assertThat(duty.status()).isEqualTo(DutyStatus.OVERDUE));
		ReviewFixtures.settleChecklist(this.checklists, contract.id());

		LocalDate reviewedOn = today().minusDays(3);
		asMember(() -> this.reviews.record(contract.id(), ReviewFixtures.confirmed(reviewedOn)));

		assertThat(reviewDuties(contractor)).singleElement().satisfies((duty) -> {
			assertThat(duty.dueOn()).isEqualTo(reviewedOn.plusMonths(12));
			assertThat(duty.status()).isEqualTo(DutyStatus.PLANNED);
			assertThat(duty.occurrence()).isEqualTo(2);
		});
	}

	@Test
	void aConfirmedReviewInTheRunUpToTheDeadlineCompletesThePreDeadlineReview() {
		UUID contractor = ReviewFixtures.contractor(this.contractors, "義務期限前株式会社", ReviewFixtures.OWNER);
		ContractSummary contract = ReviewFixtures.moveTo(this.contracts, ReviewFixtures.draftWithNotice(this.contracts,
				contractor, today().minusMonths(11), today().plusDays(60), 30), ContractStatus.CONCLUDED);
		ReviewFixtures.settleChecklist(this.checklists, contract.id());

		asMember(() -> this.reviews.record(contract.id(), ReviewFixtures.confirmed(today())));

		assertThat(reviewDuties(contractor)).extracting(DutySummary::kind).containsExactly(ReviewDuties.REVIEW);
		assertThat(asMember(() -> this.reviews.standing(contract.id())).noticeReviewed()).isTrue();
	}

	@Test
	void aReviewThatRequiresActionLeavesTheReviewDue() {
		UUID contractor = ReviewFixtures.contractor(this.contractors, "義務要対応株式会社", ReviewFixtures.OWNER);
		LocalDate start = today().minusMonths(14);
		ContractSummary contract = ReviewFixtures.concluded(this.contracts, contractor, start);

		asMember(() -> this.reviews.record(contract.id(),
				ReviewFixtures.actionRequired(today(), "admin", today().plusDays(20))));

		assertThat(reviewDuties(contractor)).filteredOn((duty) -> duty.kind().equals(ReviewDuties.REVIEW))
			.singleElement()
			.satisfies((duty) -> assertThat(duty.dueOn()).isEqualTo(start.plusMonths(12)));
	}

	@Test
	void anEndedContractHasItsReviewDutiesCancelled() {
		UUID contractor = ReviewFixtures.contractor(this.contractors, "義務終了株式会社", ReviewFixtures.OWNER);
		ContractSummary contract = ReviewFixtures.moveTo(this.contracts, ReviewFixtures.draftWithNotice(this.contracts,
				contractor, today().minusMonths(6), today().plusMonths(4), 60), ContractStatus.CONCLUDED);
		assertThat(reviewDuties(contractor)).hasSize(2);

		ReviewFixtures.moveTo(this.contracts, contract, ContractStatus.ENDED);

		assertThat(reviewDuties(contractor)).isEmpty();
		assertThat(asMember(() -> this.reviews.standing(contract.id())).state())
			.isEqualTo(ContractReviewStanding.State.INACTIVE);
	}

}
