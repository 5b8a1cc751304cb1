package jp.itaku.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.audittrail.AuditEntryView;
import jp.itaku.audittrail.AuditTrail;
import jp.itaku.audittrail.AuditTrailQuery;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.notification.Notifications;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;

import static jp.itaku.contract.ContractFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The daily contract job moved through the days with the injected clock: reminders 60, 30
 * and 7 days before the notice deadline and the term end, each exactly once, to the
 * contractor's responsible member and the contract's author; renewals that roll the
 * stored term forward, recorded in the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractRemindersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Contracts contracts;

	@Autowired
	Contractors contractors;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ContractRepository repository;

	@Autowired
	ContractReminderClaims claims;

	@Autowired
	Notifications notifications;

	@Autowired
	ContractSettings settings;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	Clock clock;

	private String member() {
		String username = "cr-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createLocal(username, "契約担当 " + username, "long-enough-password", Set.of(Role.MEMBER), null);
		return username;
	}

	/**
	 * A concluded contract by {@code author} ending in {@code endInDays}, 30 days'
	 * notice.
	 */
	private UUID contract(String author, String responsible, int endInDays) {
		LocalDate today = LocalDate.now(this.clock);
		UUID contractorId = as(author,
				() -> this.contractors.register(ContractFixtures.contractor("リマインドテスト株式会社", responsible)), Role.MEMBER)
			.contractorId()
			.value();
		ContractSummary contract = as(author, () -> this.contracts.register(ContractFixtures.fixed(contractorId,
				ContractKind.MAINTENANCE, today.minusYears(1), today.plusDays(endInDays), 30)), Role.MEMBER);
		as(author, () -> this.contracts.changeStatus(contract.id(), 0, ContractStatus.CONCLUDED), Role.MEMBER);
		return contract.id();
	}

	private ContractReminders remindersOn(Clock day) {
		return new ContractReminders(this.repository, this.claims, this.contractors, this.notifications, this.settings,
				this.transactions, day);
	}

	private Clock inDays(int days) {
		return Clock.offset(this.clock, Duration.ofDays(days));
	}

	private ResultActions inboxOf(String username) throws Exception {
		return this.mvc.perform(get("/api/v1/notifications").param("size", "50").with(user(username).roles("MEMBER")))
			.andExpect(status().isOk());
	}

	@Test
	void sixtyDaysBeforeTheNoticeDeadlineTheAuthorIsReminded() throws Exception {
		String author = member();
		contract(author, null, 90);

		remindersOn(this.clock).remindAll();

		inboxOf(author).andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].kind").value(ContractReminders.KIND))
			.andExpect(jsonPath("$.content[0].subject").value(containsString("解約予告の最終日まであと 60 日")))
			.andExpect(jsonPath("$.content[0].link").value(containsString("/contracts/")));
	}

	@Test
	void runningAgainTheSameDayRemindsNobody() throws Exception {
		String author = member();
		contract(author, null, 90);
		remindersOn(this.clock).remindAll();

		remindersOn(this.clock).remindAll();

		inboxOf(author).andExpect(jsonPath("$.content", hasSize(1)));
	}

	@Test
	void eachThresholdIsRemindedOfOnceAsTheDeadlineNears() throws Exception {
		String author = member();
		contract(author, null, 90);

		for (int day = 0; day <= 90; day++) {
			remindersOn(inDays(day)).remindAll();
		}

		// notice deadline: 60, 30, 7 days before; term end (30 days later): 60, 30, 7
		inboxOf(author).andExpect(jsonPath("$.content", hasSize(6)));
	}

	@Test
	void aMissedThresholdIsCaughtUpWithOneReminder() throws Exception {
		String author = member();
		contract(author, null, 50);

		remindersOn(this.clock).remindAll();
		remindersOn(this.clock).remindAll();

		// the notice deadline (in 20 days) passed its 60 and 30 day marks unseen: one
		// reminder; the term end (in 50 days) has its own
		inboxOf(author).andExpect(jsonPath("$.content", hasSize(2)))
			.andExpect(jsonPath("$.content[*].subject",
					containsInAnyOrder(containsString("解約予告の最終日まであと 20 日"), containsString("契約期間の満了まであと 50 日"))));
	}

	@Test
	void theContractorsResponsibleMemberIsRemindedToo() throws Exception {
		String author = member();
		String responsible = member();
		contract(author, responsible, 90);

		remindersOn(this.clock).remindAll();

		inboxOf(responsible).andExpect(jsonPath("$.content", hasSize(1)));
	}

	@Test
	void aDraftIsNotRemindedOf() throws Exception {
		String author = member();
		LocalDate today = LocalDate.now(this.clock);
		UUID contractorId = as(author, () -> this.contractors.register(ContractFixtures.contractor("下書き株式会社")),
				Role.MEMBER)
			.contractorId()
			.value();
		as(author,
				() -> this.contracts
					.register(ContractFixtures.fixed(contractorId, ContractKind.NDA, today, today.plusDays(60), null)),
				Role.MEMBER);

		remindersOn(this.clock).remindAll();

		inboxOf(author).andExpect(jsonPath("$.content", hasSize(0)));
	}

	@Test
	void aStartedRenewalTermRollsTheStoredDeadlinesForwardAndIsAudited() {
		String author = member();
		LocalDate today = LocalDate.now(this.clock);
		UUID contractorId = as(author, () -> this.contractors.register(ContractFixtures.contractor("自動更新株式会社")),
				Role.MEMBER)
			.contractorId()
			.value();
		ContractSummary contract = as(author,
				() -> this.contracts.register(ContractFixtures.renewing(contractorId, today.minusYears(1).plusDays(1))),
				Role.MEMBER);
		as(author, () -> this.contracts.changeStatus(contract.id(), 0, ContractStatus.CONCLUDED), Role.MEMBER);
		ContractRenewals renewals = new ContractRenewals(this.repository, this.events, this.transactions, inDays(1));

		int renewed = renewals.renewDue();

		ContractSummary after = as(author, () -> this.contracts.get(contract.id()), Role.MEMBER);
		assertThat(renewed).isPositive();
		assertThat(after.status()).isEqualTo(ContractStatus.RENEWED);
		assertThat(after.termEndOn()).isEqualTo(today.plusYears(1));
		assertThat(after.noticeDeadline()).isEqualTo(today.plusYears(1).minusMonths(3));
		List<AuditEntryView> trail = this.auditTrail
			.search(new AuditTrailQuery("contract", contract.id().toString(), null, null, null), Pageable.ofSize(10))
			.getContent();
		assertThat(trail).first().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("system");
			assertThat(entry.action()).isEqualTo("STATUS_CHANGED");
		});
		assertThat(renewals.renewDue()).isZero();
	}

}
