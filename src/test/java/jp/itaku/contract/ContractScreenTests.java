package jp.itaku.contract;

import jp.itaku.Representative;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jp.itaku.contractor.Contractors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static jp.itaku.contract.ContractFixtures.asMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contract screens per role: who reads, who records, and what a refusal looks like.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractScreenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	@Autowired
	Clock clock;

	private static RequestPostProcessor member() {
		return user("member").roles("MEMBER");
	}

	private UUID contractor(String name) {
		return asMember(() -> this.contractors.register(ContractFixtures.contractor(name))).contractorId().value();
	}

	private ContractSummary contract(UUID contractorId) {
		return asMember(() -> this.contracts
			.register(ContractFixtures.renewing(contractorId, LocalDate.now(this.clock).minusMonths(2))));
	}

	@Test
	void aMemberSeesTheListWithTheNewButton() throws Exception {
		ContractSummary contract = contract(contractor("画面一覧株式会社"));

		this.mvc.perform(get("/contracts").param("contractor", contract.contractorId().toString()).with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("契約一覧"), containsString(contract.title()),
					containsString("画面一覧株式会社"), containsString("id=\"contract-new-link\""))));
	}

	@Test
	void theListInEnglishSpeaksEnglish() throws Exception {
		this.mvc.perform(get("/contracts").header("Accept-Language", "en").with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Last day to give notice")));
	}

	@Test
	void htmxGetsOnlyTheResults() throws Exception {
		this.mvc.perform(get("/contracts").header("HX-Request", "true").with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"contract-results\""), not(containsString("id=\"contract-search\"")))));
	}

	@Test
	void theContractPageShowsTheNoticeDeadlineWithTheDaysLeft() throws Exception {
		ContractSummary contract = contract(contractor("画面詳細株式会社"));
		long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(this.clock),
				contract.noticeDeadline());

		this.mvc.perform(get("/contracts/{id}", contract.id()).with(member()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("解約予告の最終日"), containsString(contract.noticeDeadline().toString()),
						containsString("12 か月ごとに自動更新"), containsString("id=\"contract-to-CONCLUDED\""))));
		assertThat(daysLeft).isPositive();
	}

	@Test
	void anAuditorReadsButGetsNoChangingControls() throws Exception {
		ContractSummary contract = contract(contractor("監査閲覧株式会社"));

		this.mvc.perform(get("/contracts/{id}", contract.id()).with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString(contract.title()), not(containsString("contract-edit-link")),
							not(containsString("document-upload")), not(containsString("contract-to-CONCLUDED")))));
	}

	@Test
	void anAuditorCannotChangeAStatus() throws Exception {
		ContractSummary contract = contract(contractor("監査変更株式会社"));

		this.mvc
			.perform(post("/contracts/{id}/status", contract.id()).param("target", "CONCLUDED")
				.param("version", "0")
				.with(user("auditor").roles("AUDITOR"))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aContractorSeesItsOwnContractReadOnly() throws Exception {
		UUID own = contractor("自社閲覧株式会社");
		ContractSummary contract = contract(own);

		this.mvc.perform(get("/contracts/{id}", contract.id()).with(user(new Representative(UUID.randomUUID(), own))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(contract.title()), not(containsString("contract-edit-link")))));
	}

	@Test
	void aContractorGets404ForAnotherCompanysContract() throws Exception {
		ContractSummary contract = contract(contractor("他社株式会社"));

		this.mvc
			.perform(get("/contracts/{id}", contract.id())
				.with(user(new Representative(UUID.randomUUID(), contractor("自社株式会社")))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aContractorCannotOpenTheForm() throws Exception {
		UUID own = contractor("自社フォーム株式会社");

		this.mvc
			.perform(get("/contracts/new").param("contractor", own.toString())
				.with(user(new Representative(UUID.randomUUID(), own))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCommitteeMemberRecordsAContractFromTheForm() throws Exception {
		UUID contractorId = contractor("画面登録株式会社");

		this.mvc
			.perform(post("/contracts").param("contractorId", contractorId.toString())
				.param("kind", "NDA")
				.param("title", "秘密保持契約書")
				.param("counterparty", "画面登録株式会社 代表取締役")
				.param("startOn", "2026-04-01")
				.param("endOn", "2027-03-31")
				.param("noticeMonths", "1")
				.with(user("committee").roles("COMMITTEE", "MEMBER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/contracts/*"));
	}

	@Test
	void refusedInputIsShownBesideItsFieldsInJapanese() throws Exception {
		UUID contractorId = contractor("画面検証株式会社");

		this.mvc
			.perform(post("/contracts").param("contractorId", contractorId.toString())
				.param("kind", "OUTSOURCING")
				.param("title", "業務委託契約")
				.param("counterparty", "相手方")
				.param("startOn", "2026-04-01")
				.param("endOn", "2026-03-01")
				.param("autoRenewal", "true")
				.param("renewalMonths", "200")
				.with(member())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("終了日は開始日以降の日付にしてください。"),
					containsString("自動更新の更新期間は 1～120 か月で入力してください。"), containsString("value=\"業務委託契約\""))));
	}

	@Test
	void aNumberThatIsNoNumberIsRefusedBesideItsField() throws Exception {
		UUID contractorId = contractor("画面形式株式会社");

		this.mvc
			.perform(post("/contracts").param("contractorId", contractorId.toString())
				.param("kind", "OUTSOURCING")
				.param("title", "業務委託契約")
				.param("counterparty", "相手方")
				.param("startOn", "2026-04-01")
				.param("noticeDays", "三十")
				.with(member())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("id=\"noticeDays-error\""), containsString("value=\"三十\""))));
	}

	@Test
	void aStaleEditIs409AndKeepsWhatWasTyped() throws Exception {
		ContractSummary contract = contract(contractor("画面競合株式会社"));
		asMember(() -> this.contracts.changeStatus(contract.id(), 0, ContractStatus.CONCLUDED));

		this.mvc
			.perform(post("/contracts/{id}", contract.id()).param("version", "0")
				.param("contractorId", contract.contractorId().toString())
				.param("kind", "OUTSOURCING")
				.param("title", "私が入力した件名")
				.param("counterparty", "相手方")
				.param("startOn", contract.startOn().toString())
				.param("endOn", contract.endOn().toString())
				.with(member())
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("他の利用者が先に更新しました"), containsString("value=\"私が入力した件名\""))));
		assertThat(asMember(() -> this.contracts.get(contract.id())).title()).isEqualTo(contract.title());
	}

	@Test
	void anIllegalStatusMoveIs409WithALocalisedMessage() throws Exception {
		ContractSummary contract = contract(contractor("画面状態株式会社"));

		this.mvc
			.perform(post("/contracts/{id}/status", contract.id()).param("target", "RENEWED")
				.param("version", "0")
				.with(member())
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("この契約は現在の状態からその状態には変更できません。")));
	}

	@Test
	void theContractorPageHasAContractsTab() throws Exception {
		ContractSummary contract = contract(contractor("タブ表示株式会社"));

		this.mvc.perform(get("/contractors/{id}", contract.contractorId()).param("tab", "contracts").with(member()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("id=\"contract-tab\""), containsString(contract.title()))));
	}

	@Test
	void theNavigationLinksToContractsAndSubcontracting() throws Exception {
		this.mvc.perform(get("/contracts").with(member()))
			.andExpect(content()
				.string(allOf(containsString("id=\"nav-contracts\""), containsString("id=\"nav-subcontracting\""))));
	}

}
