package jp.itaku.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.contractor.Contractors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Page;

import static jp.itaku.contract.ContractFixtures.asMember;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract list's filters and sort as the list screen and the API run them, each
 * against one contractor's contracts so that other tests' data does not interfere.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractListTests {

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	@Autowired
	Clock clock;

	private UUID contractorId;

	private UUID nearing;

	private UUID distant;

	private UUID passed;

	private UUID draft;

	@BeforeEach
	void fourContracts() {
		this.contractorId = asMember(() -> this.contractors.register(ContractFixtures.contractor("一覧テスト株式会社")))
			.contractorId()
			.value();
		LocalDate today = LocalDate.now(this.clock);
		// notice deadlines in 10 days, in 200 days and 5 days ago (30 days' notice each)
		this.nearing = concluded(ContractKind.MAINTENANCE, today.plusDays(40));
		this.distant = concluded(ContractKind.DEVELOPMENT, today.plusDays(230));
		this.passed = concluded(ContractKind.MAINTENANCE, today.plusDays(25));
		this.draft = asMember(() -> this.contracts
			.register(ContractFixtures.fixed(this.contractorId, ContractKind.NDA, today, today.plusDays(40), 30))).id();
	}

	private UUID concluded(ContractKind kind, LocalDate endOn) {
		LocalDate today = LocalDate.now(this.clock);
		ContractSummary contract = asMember(() -> this.contracts
			.register(ContractFixtures.fixed(this.contractorId, kind, today.minusYears(1), endOn, 30)));
		return asMember(() -> this.contracts.changeStatus(contract.id(), 0, ContractStatus.CONCLUDED)).id();
	}

	private Page<ContractView> list(ContractKind kind, ContractStatus status, Integer dueWithin, Boolean passed,
			Boolean gaps, String sort, boolean desc) {
		ContractQuery query = new ContractQuery(kind, status, this.contractorId, dueWithin, passed, gaps, null);
		return asMember(() -> this.contracts.list(query, ContractPaging.of(0, 20, sort, desc)));
	}

	@Test
	void filtersByKind() {
		assertThat(list(ContractKind.MAINTENANCE, null, null, null, null, "deadline", false))
			.extracting(ContractView::id)
			.containsExactlyInAnyOrder(this.nearing, this.passed);
	}

	@Test
	void filtersByStatus() {
		assertThat(list(null, ContractStatus.DRAFT, null, null, null, "deadline", false)).extracting(ContractView::id)
			.containsExactly(this.draft);
	}

	@Test
	void deadlineWithinDaysListsContractsInEffectWhoseDeadlineComesSoon() {
		assertThat(list(null, null, 30, null, null, "deadline", false)).extracting(ContractView::id)
			.containsExactly(this.passed, this.nearing);
	}

	@Test
	void deadlinePassedListsContractsInEffectPastTheirNoticeDeadline() {
		assertThat(list(null, null, null, true, null, "deadline", false)).extracting(ContractView::id)
			.containsExactly(this.passed);
	}

	@Test
	void gapsOnlyListsContractsWithOpenChecklistItems() {
		this.contracts.recordCoverage(this.nearing, 20, 17, 3);
		this.contracts.recordCoverage(this.distant, 20, 20, 0);
		// the clause module records every contract's coverage as its checklist changes:
		// these two are complete here
		this.contracts.recordCoverage(this.passed, 20, 20, 0);
		this.contracts.recordCoverage(this.draft, 20, 20, 0);

		assertThat(list(null, null, null, null, true, "deadline", false)).extracting(ContractView::id)
			.containsExactly(this.nearing);
	}

	@Test
	void theListShowsTheCoverageAndTheDaysLeft() {
		this.contracts.recordCoverage(this.nearing, 20, 17, 3);

		ContractView nearing = list(ContractKind.MAINTENANCE, null, 30, null, null, "deadline", false).getContent()
			.stream()
			.filter((view) -> view.id().equals(this.nearing))
			.findFirst()
			.orElseThrow();

		assertThat(nearing.coverage()).isEqualTo(new ContractCoverage(20, 17, 3));
		assertThat(nearing.daysToNoticeDeadline()).isEqualTo(10);
		assertThat(nearing.contractorName()).isEqualTo("一覧テスト株式会社");
	}

	@Test
	void sortsByDeadlineEitherWay() {
		assertThat(list(null, ContractStatus.CONCLUDED, null, null, null, "deadline", false))
			.extracting(ContractView::id)
			.containsExactly(this.passed, this.nearing, this.distant);
		assertThat(list(null, ContractStatus.CONCLUDED, null, null, null, "deadline", true))
			.extracting(ContractView::id)
			.containsExactly(this.distant, this.nearing, this.passed);
	}

	@Test
	void anUnknownSortKeyFallsBackToTheDeadline() {
		assertThat(ContractPaging.sortKey("password")).isEqualTo("deadline");
	}

}
