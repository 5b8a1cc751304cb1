package jp.itaku.clause;

import jp.itaku.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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

/** Small factories shared by the clause checklist tests. */
final class ClauseFixtures {

	private ClauseFixtures() {
	}

	/** Runs {@code action} signed in as {@code username} with {@code roles}. */
	static <T> T as(String username, Supplier<T> action, Role... roles) {
		return SignedIn.as(username, action, roles);
	}

	static ContractorDetails contractor(String name, Set<SupplierType> types, Set<AccessKind> access) {
		return new ContractorDetails(name, "ジョウコウ", null, null, null, null, null, types, access,
				InformationClassification.INTERNAL, null, null, null, null, null, List.of());
	}

	/** A contractor and a concluded contract of {@code kind} with it, as a member. */
	static ContractSummary concluded(Contractors contractors, Contracts contracts, ContractKind kind,
			Set<SupplierType> types, Set<AccessKind> access) {
		return as("member", () -> {
			UUID contractorId = contractors.register(contractor("条項テスト" + UUID.randomUUID(), types, access)).getId();
			ContractSummary draft = contracts.register(new ContractDetails(contractorId, kind, "テスト契約",
					"T-" + UUID.randomUUID().toString().substring(0, 8), "相手方", LocalDate.of(2026, 4, 1),
					LocalDate.of(2027, 3, 31), false, null, null, null, null));
			return contracts.changeStatus(draft.id(), draft.version(), ContractStatus.CONCLUDED);
		}, Role.MEMBER);
	}

	/** A concluded NDA with a contractor that has no access: N01–N10 apply. */
	static ContractSummary nda(Contractors contractors, Contracts contracts) {
		return concluded(contractors, contracts, ContractKind.NDA, Set.of(SupplierType.OTHER), Set.of(AccessKind.NONE));
	}

	static ItemFinding present(String item, String article) {
		return new ItemFinding(item, ClauseVerdict.PRESENT, article, null);
	}

	static ItemFinding found(String item, ClauseVerdict verdict) {
		return new ItemFinding(item, verdict, null, null);
	}

	/**
	 * What the automatic check might send for a document, its passages under
	 * {@code /clause-checks/runs/<run>}.
	 */
	static CheckSuggestion suggestion(String documentName, CheckSuggestion.SuggestedFinding... items) {
		UUID run = UUID.randomUUID();
		return new CheckSuggestion(run, documentName, "0f".repeat(32), "/clause-checks/runs/" + run, List.of(items));
	}

	static CheckSuggestion.SuggestedFinding suggested(String item, ClauseVerdict verdict, String article) {
		return new CheckSuggestion.SuggestedFinding(item, verdict, article, 0.87);
	}

	/** A document name no other test uses, so that its labels are found by name. */
	static String document() {
		return "契約書-" + UUID.randomUUID() + ".pdf";
	}

	/** Every applicable item of the checklist found present. */
	static List<ItemFinding> allPresent(ChecklistView checklist) {
		return checklist.items()
			.stream()
			.filter(ChecklistItemView::applicable)
			.map((item) -> present(item.requirementId(), "第1条"))
			.toList();
	}

}
