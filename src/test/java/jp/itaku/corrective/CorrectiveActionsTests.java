package jp.itaku.corrective;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.itaku.audittrail.AuditEntryView;
import jp.itaku.audittrail.AuditTrail;
import jp.itaku.audittrail.AuditTrailQuery;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;
import jp.itaku.contractor.Contractors;
import jp.itaku.duty.Duties;
import jp.itaku.duty.DutyStatus;
import jp.itaku.duty.DutySummary;
import jp.itaku.identity.Role;
import jp.itaku.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;

import static jp.itaku.corrective.CorrectiveFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The facade as other modules use it: each action is a duty of its assignee until it is
 * verified, every step reaches the audit trail, and the compliance table counts what is
 * open and overdue.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CorrectiveActionsTests {

	@Autowired
	CorrectiveActions actions;

	@Autowired
	CorrectiveWork work;

	@Autowired
	Duties duties;

	@Autowired
	Contractors contractors;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	CorrectiveCompliance compliance;

	private UUID open(String assignee, int dueInDays) {
		return open(UUID.randomUUID(), null, assignee, dueInDays);
	}

	private UUID open(UUID evaluationId, UUID contractorId, String assignee, int dueInDays) {
		return as("evaluator", () -> this.actions.open(CorrectiveFixtures.evaluation(evaluationId), contractorId,
				"委託先に改善計画を提出させる", assignee, this.actions.today().plusDays(dueInDays)), Role.MEMBER);
	}

	private List<DutySummary> dutiesOf(String username, UUID actionId) {
		return as(username, () -> this.duties.mine(), Role.MEMBER).stream()
			.filter((duty) -> duty.subjectId().equals(actionId.toString()))
			.toList();
	}

	private CorrectiveActionView doneBy(String assignee, UUID id) {
		as(assignee, () -> this.work.start(id, 0), Role.MEMBER);
		return as(assignee, () -> this.work.markDone(id, 1, "改善計画を受領"), Role.MEMBER);
	}

	@Test
	void openingRegistersADutyOfTheAssigneeDueOnTheDueDate() {
		UUID id = open("ca-duty", 20);
		assertThat(dutiesOf("ca-duty", id)).singleElement().satisfies((duty) -> {
			assertThat(duty.kind()).isEqualTo("corrective-action");
			assertThat(duty.requirementId()).isEqualTo("SEL-04");
			assertThat(duty.dueOn()).isEqualTo(this.actions.today().plusDays(20));
			assertThat(duty.link()).isEqualTo("/corrective-actions/" + id);
			assertThat(duty.title()).contains("委託先に改善計画を提出させる");
		});
	}

	@Test
	void theDutyOfAnActionConcernsTheActionsContractor() {
		UUID contractor = UUID.randomUUID();
		UUID id = open(UUID.randomUUID(), contractor, "ca-contractor", 10);
		assertThat(dutiesOf("ca-contractor", id)).singleElement()
			.satisfies((duty) -> assertThat(duty.contractorId()).isEqualTo(contractor));
	}

	@Test
	void anActionPastItsDueDateIsAnOverdueDuty() {
		UUID id = open("ca-late", -3);
		assertThat(dutiesOf("ca-late", id)).singleElement()
			.satisfies((duty) -> assertThat(duty.status()).isEqualTo(DutyStatus.OVERDUE));
	}

	@Test
	void markingItDoneLeavesTheDutyOpenUntilVerified() {
		UUID id = open("ca-wait", 5);
		doneBy("ca-wait", id);
		assertThat(dutiesOf("ca-wait", id)).hasSize(1);
	}

	@Test
	void verifyingCompletesTheDuty() {
		UUID id = open("ca-verified", 5);
		CorrectiveActionView done = doneBy("ca-verified", id);
		as("ca-checker", () -> this.work.verify(id, done.version(), "計画を確認"), Role.COMMITTEE);
		assertThat(dutiesOf("ca-verified", id)).isEmpty();
	}

	@Test
	void anActionWhoseDutyWasClosedByHandIsStillVerified() {
		UUID id = open("ca-closed", 5);
		CorrectiveActionView done = doneBy("ca-closed", id);
		as("ca-closed", () -> {
			this.duties.complete(CorrectiveActions.DUTY_KIND, CorrectiveActions.DUTY_KIND, id.toString(), "手で完了");
			return null;
		}, Role.MEMBER);
		CorrectiveActionView verified = as("ca-checker", () -> this.work.verify(id, done.version(), null), Role.MEMBER);
		assertThat(verified.status()).isEqualTo(CorrectiveActionStatus.VERIFIED);
	}

	@Test
	void ofSourceListsTheSourcesActionsOldestFirst() {
		UUID evaluation = UUID.randomUUID();
		UUID first = open(evaluation, null, "ca-source", 10);
		UUID second = open(evaluation, null, "ca-source", 5);
		open("ca-source", 5);
		assertThat(this.actions.ofSource("evaluation", evaluation.toString())).extracting(CorrectiveActionSummary::id)
			.containsExactly(first, second);
	}

	@Test
	void openForListsTheContractorsUnverifiedActionsOverdueMarked() {
		UUID contractor = as("member", () -> this.contractors.register(CorrectiveFixtures.contractor("是正テスト株式会社")),
				Role.MEMBER)
			.getId();
		UUID late = open(UUID.randomUUID(), contractor, "ca-tab", -1);
		UUID verified = open(UUID.randomUUID(), contractor, "ca-tab", 9);
		CorrectiveActionView done = doneBy("ca-tab", verified);
		as("ca-checker", () -> this.work.verify(verified, done.version(), null), Role.MEMBER);
		List<CorrectiveActionSummary> open = as("member", () -> this.actions.openFor(contractor), Role.MEMBER);
		assertThat(open).singleElement().satisfies((summary) -> {
			assertThat(summary.id()).isEqualTo(late);
			assertThat(summary.overdue()).isTrue();
			assertThat(summary.status()).isEqualTo(CorrectiveActionStatus.OPEN);
		});
	}

	@Test
	void aContractorAccountGetsNothingFromOpenFor() {
		UUID contractor = UUID.randomUUID();
		open(UUID.randomUUID(), contractor, "ca-hidden", 3);
		assertThat(as("rep", () -> this.actions.openFor(contractor), Role.CONTRACTOR)).isEmpty();
	}

	@Test
	void openingWithoutWhatOrDueDateIsRefused() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(
					() -> this.actions.open(CorrectiveFixtures.evaluation(UUID.randomUUID()), null, " ", "ca-x", null))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InvalidInputException.FieldProblem::field)
				.containsExactly("what", "dueOn"));
	}

	@Test
	void everyStepIsInTheAuditTrail() {
		UUID id = open("ca-audit", 5);
		CorrectiveActionView done = doneBy("ca-audit", id);
		as("ca-checker", () -> this.work.reject(id, done.version(), "計画に期限がない"), Role.MEMBER);
		assertThat(auditOf(id)).extracting(AuditEntryView::action)
			.containsExactly("OPENED", "STARTED", "DONE", "REJECTED");
		assertThat(auditOf(id)).first().satisfies((entry) -> assertThat(entry.actor()).isEqualTo("evaluator"));
	}

	@Test
	void anOverdueActionMakesItsRequirementOverdueInTheComplianceTable() {
		openFor("OPS-05", -2);
		openFor("OPS-05", 30);
		RequirementAssessment assessment = assessment("OPS-05");
		assertThat(assessment.status()).isEqualTo(ComplianceStatus.OVERDUE);
		assertThat(assessment.detail()).isEqualTo("Open corrective actions: 2 (1 overdue)");
		assertThat(assessment.links()).containsExactly("/corrective-actions?requirement=OPS-05&overdue=true");
	}

	@Test
	void openActionsWithinTheirDueDateAreOk() {
		openFor("OPS-04", 0);
		RequirementAssessment assessment = assessment("OPS-04");
		assertThat(assessment.status()).isEqualTo(ComplianceStatus.OK);
		assertThat(assessment.detail()).isEqualTo("Open corrective actions: 1 (0 overdue)");
	}

	// each compliance test owns its requirement id, which no other test opens actions for
	private void openFor(String requirementId, int dueInDays) {
		CorrectionSource source = new CorrectionSource("audit", UUID.randomUUID().toString(), requirementId,
				"/audits/1");
		as("auditor-lead", () -> this.actions.open(source, null, "監査指摘への対応", "ca-compliance",
				this.actions.today().plusDays(dueInDays)), Role.MEMBER);
	}

	private RequirementAssessment assessment(String requirementId) {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			return this.compliance.assess()
				.stream()
				.filter((a) -> a.requirementId().equals(requirementId))
				.findFirst()
				.orElseThrow();
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private List<AuditEntryView> auditOf(UUID id) {
		List<AuditEntryView> newestFirst = new ArrayList<>(this.auditTrail
			.search(new AuditTrailQuery("corrective-action", id.toString(), null, null, null), Pageable.ofSize(20))
			.getContent());
		Collections.reverse(newestFirst);
		return newestFirst;
	}

}
