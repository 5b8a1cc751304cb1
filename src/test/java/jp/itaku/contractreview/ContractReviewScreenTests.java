package jp.itaku.contractreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jp.itaku.clause.ClauseChecklists;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static jp.itaku.contractreview.ReviewFixtures.asMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review panel of a contract and the list of reviews, per role: members, the
 * committee and administrators record; auditors read; contractor accounts see nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractReviewScreenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	@Autowired
	ContractReviews reviews;

	@Autowired
	ClauseChecklists checklists;

	@Autowired
	Clock clock;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	private static final RequestPostProcessor MEMBER = user("member").roles("MEMBER");

	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private ContractSummary active(String name) {
		UUID contractor = ReviewFixtures.contractor(this.contractors, name, ReviewFixtures.OWNER);
		ContractSummary contract = ReviewFixtures.concluded(this.contracts, contractor, today().minusMonths(14));
		ReviewFixtures.settleChecklist(this.checklists, contract.id());
		return contract;
	}

	@Test
	void aMemberSeesTheFormWithTheGatesOpenPointsBeforeSubmitting() throws Exception {
		ContractSummary contract = active("画面未解決株式会社");
		HeldContractsGate.hold(contract.id(), "N08: 一部のみ");
		try {
			this.mvc.perform(get("/contracts/{id}/reviews", contract.id()).with(MEMBER))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"review-form\"")))
				.andExpect(content().string(containsString("id=\"review-open-points\"")))
				.andExpect(content().string(containsString("N08: 一部のみ")))
				.andExpect(content().string(containsString("期限超過")));
		}
		finally {
			HeldContractsGate.release(contract.id());
		}
	}

	@Test
	void anAuditorReadsThePanelWithoutTheForm() throws Exception {
		ContractSummary contract = active("画面監査株式会社");
		asMember(() -> this.reviews.record(contract.id(), ReviewFixtures.confirmed(today())));

		this.mvc.perform(get("/contracts/{id}/reviews", contract.id()).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"review-history\"")))
			.andExpect(content().string(not(containsString("id=\"review-form\""))));
	}

	@Test
	void aContractorAccountGetsNotFound() throws Exception {
		ContractSummary contract = active("画面委託先株式会社");

		this.mvc.perform(get("/contracts/{id}/reviews", contract.id()).with(user("rep").roles("CONTRACTOR")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/contract-reviews").with(user("rep").roles("CONTRACTOR")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMemberRecordsAReviewWithAnActionAndReturnsToTheContract() throws Exception {
		ContractSummary contract = active("画面記録株式会社");

		this.mvc
			.perform(post("/contracts/{id}/reviews", contract.id()).with(MEMBER)
				.with(csrf())
				.param("reviewedOn", today().toString())
				.param("outcome", "ACTION_REQUIRED")
				.param("summary", "再委託条項が欠けている")
				.param("actionWhat", "変更契約で再委託条項を追加する", "", "")
				.param("actionAssignee", "admin", "", "")
				.param("actionDueOn", today().plusDays(30).toString(), "", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/contracts/" + contract.id() + "#section-contract-review"));

		assertThat(asMember(() -> this.reviews.history(contract.id()))).singleElement()
			.satisfies((review) -> assertThat(review.actions()).hasSize(1));
	}

	@Test
	void aRefusedConfirmationComesBackWithTheOpenPointsAndWhatWasTyped() throws Exception {
		ContractSummary contract = active("画面拒否株式会社");
		HeldContractsGate.hold(contract.id(), "R01: 欠落");
		try {
			this.mvc
				.perform(post("/contracts/{id}/reviews", contract.id()).with(MEMBER)
					.with(csrf())
					.param("reviewedOn", today().toString())
					.param("outcome", "CONFIRMED")
					.param("summary", "全条項を確認した"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"review-refused\"")))
				.andExpect(content().string(containsString("未解決事項があるため確認済として記録できません")))
				.andExpect(content().string(containsString("全条項を確認した")));
		}
		finally {
			HeldContractsGate.release(contract.id());
		}
		assertThat(asMember(() -> this.reviews.history(contract.id()))).isEmpty();
	}

	@Test
	void aWrongDateIsShownBesideItsField() throws Exception {
		ContractSummary contract = active("画面日付株式会社");

		this.mvc
			.perform(post("/contracts/{id}/reviews", contract.id()).with(MEMBER)
				.with(csrf())
				.param("reviewedOn", "2026-13-45")
				.param("outcome", "CONFIRMED")
				.param("summary", "確認した"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日付は YYYY-MM-DD の形で入力してください。")))
			.andExpect(content().string(containsString("2026-13-45")));
	}

	@Test
	void anAuditorMayNotRecordAReview() throws Exception {
		ContractSummary contract = active("画面監査記録株式会社");

		this.mvc
			.perform(post("/contracts/{id}/reviews", contract.id()).with(AUDITOR)
				.with(csrf())
				.param("reviewedOn", today().toString())
				.param("outcome", "CONFIRMED")
				.param("summary", "確認した"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theListFiltersByOutcomeAndContractor() throws Exception {
		ContractSummary contract = active("画面一覧株式会社");
		asMember(() -> this.reviews.record(contract.id(), ReviewFixtures.confirmed(today())));

		this.mvc
			.perform(get("/contract-reviews").with(AUDITOR)
				.param("contractor", contract.contractorId().toString())
				.param("outcome", "CONFIRMED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(contract.number())))
			.andExpect(content().string(containsString("全 1 件")));
		this.mvc
			.perform(get("/contract-reviews").with(AUDITOR)
				.param("contractor", contract.contractorId().toString())
				.param("outcome", "ACTION_REQUIRED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"contract-review-empty\"")));
	}

	@Test
	void theOverdueFilterKeepsTheReviewsOfContractsStillDue() throws Exception {
		ContractSummary late = active("画面超過株式会社");
		asMember(() -> this.reviews.record(late.id(),
				ReviewFixtures.actionRequired(today().minusDays(10), "admin", today().plusDays(5))));
		ContractSummary onTime = active("画面期限内株式会社");
		asMember(() -> this.reviews.record(onTime.id(), ReviewFixtures.confirmed(today())));

		this.mvc.perform(get("/contract-reviews").with(MEMBER).param("overdue", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(late.number())))
			.andExpect(content().string(not(containsString(onTime.number()))));
	}

	@Test
	void theContractPageShowsTheReviewSectionWithTheLastReview() throws Exception {
		ContractSummary contract = active("画面契約ページ株式会社");
		asMember(() -> this.reviews.record(contract.id(), ReviewFixtures.confirmed(today().minusDays(2))));

		this.mvc.perform(get("/contracts/{id}", contract.id()).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"section-contract-review\"")))
			.andExpect(content().string(containsString("契約見直し (MGT-01)")))
			.andExpect(content().string(containsString("id=\"review-history\"")))
			.andExpect(content().string(containsString("id=\"review-form\"")));
	}

	@Test
	void aContractorAccountSeesItsContractWithoutTheReviews() throws Exception {
		ContractSummary contract = active("画面委託先契約株式会社");
		asMember(() -> this.reviews.record(contract.id(), ReviewFixtures.confirmed(today())));
		String username = "rv-rep-" + contract.id().toString().substring(0, 8);
		this.accounts.createLocal(username, "委託先 担当者", "Rv-test-password-1234", Set.of(Role.CONTRACTOR),
				contract.contractorId());

		this.mvc
			.perform(get("/contracts/{id}", contract.id()).with(user(this.userDetails.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"contract-review-panel\""))))
			.andExpect(content().string(not(containsString("id=\"review-history\""))));
	}

}
