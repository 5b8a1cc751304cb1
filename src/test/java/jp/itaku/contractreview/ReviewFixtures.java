package jp.itaku.contractreview;

import jp.itaku.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jp.itaku.clause.ChecklistItemView;
import jp.itaku.clause.ChecklistSubject;
import jp.itaku.clause.ChecklistView;
import jp.itaku.clause.ClauseChecklists;
import jp.itaku.clause.ClauseVerdict;
import jp.itaku.clause.ItemFinding;
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
import jp.itaku.identity.Role;

/** Small factories shared by the contract review tests that run in the application. */
final class ReviewFixtures {

	/**
	 * The responsible member of the tests' contractors: the initial administrator, an
	 * account every test context has, so that their review duties are not the
	 * committee's, whose list other tests read.
	 */
	static final String OWNER = "admin";

	private ReviewFixtures() {
	}

	/** Runs {@code action} signed in as {@code username} with {@code roles}. */
	static <T> T as(String username, Supplier<T> action, Role... roles) {
		return SignedIn.as(username, action, roles);
	}

	static <T> T asMember(Supplier<T> action) {
		return as("reviewer", action, Role.MEMBER);
	}

	/**
	 * A contractor whose responsible member is {@code responsibleMember} (may be null).
	 */
	static UUID contractor(Contractors contractors, String name, String responsibleMember) {
		return asMember(() -> contractors
			.register(new ContractorDetails(name, "ケイヤクミナオシ", null, null, null, null, null,
					Set.of(SupplierType.IT_SERVICE), Set.of(AccessKind.VIEW), InformationClassification.INTERNAL, null,
					null, null, responsibleMember, null, List.of()))
			.getId());
	}

	/** A maintenance contract without end date nor notice, still a draft. */
	static ContractSummary draft(Contracts contracts, UUID contractorId, LocalDate startOn) {
		return asMember(() -> contracts.register(new ContractDetails(contractorId, ContractKind.MAINTENANCE, "保守契約",
				"RV-" + UUID.randomUUID().toString().substring(0, 8), "テスト株式会社", startOn, null, false, null, null, null,
				null)));
	}

	/** A contract ending on {@code endOn} with {@code noticeDays} days' notice, draft. */
	static ContractSummary draftWithNotice(Contracts contracts, UUID contractorId, LocalDate startOn, LocalDate endOn,
			int noticeDays) {
		return asMember(() -> contracts.register(new ContractDetails(contractorId, ContractKind.OUTSOURCING, "業務委託契約",
				"RV-" + UUID.randomUUID().toString().substring(0, 8), "テスト株式会社", startOn, endOn, false, null, null,
				noticeDays, null)));
	}

	/** Moves the contract along its life cycle. */
	static ContractSummary moveTo(Contracts contracts, ContractSummary contract, ContractStatus target) {
		return asMember(() -> contracts.changeStatus(contract.id(), contract.version(), target));
	}

	/** A concluded (締結済) contract started on {@code startOn}. */
	static ContractSummary concluded(Contracts contracts, UUID contractorId, LocalDate startOn) {
		return moveTo(contracts, draft(contracts, contractorId, startOn), ContractStatus.CONCLUDED);
	}

	/**
	 * Records every applicable required clause of the contract's checklist as present, so
	 * that the clause module's review gate lets a 確認済 review through.
	 */
	static void settleChecklist(ClauseChecklists checklists, UUID contractId) {
		asMember(() -> {
			ChecklistView checklist = checklists.find(ChecklistSubject.CONTRACT, contractId).orElseThrow();
			List<ItemFinding> findings = checklist.items()
				.stream()
				.filter(ChecklistItemView::applicable)
				.map((item) -> new ItemFinding(item.requirementId(), ClauseVerdict.PRESENT, "第1条", null))
				.toList();
			return checklists.record(ChecklistSubject.CONTRACT, contractId, checklist.version(), findings);
		});
	}

	static ReviewInput confirmed(LocalDate on) {
		return new ReviewInput(on, ContractReviewOutcome.CONFIRMED, "契約条項と必須条項チェックを確認した。", List.of());
	}

	static ReviewInput actionRequired(LocalDate on, String assignee, LocalDate dueOn) {
		return new ReviewInput(on, ContractReviewOutcome.ACTION_REQUIRED, "再委託条項 (R01) が欠けている。",
				List.of(new ReviewInput.ActionInput("再委託の事前承認条項を追加する変更契約を締結する", assignee, dueOn)));
	}

}
