package jp.itaku.selection;

import java.util.List;
import java.util.UUID;

import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.ContractorTab;
import jp.itaku.corrective.CorrectiveActionSummary;
import jp.itaku.corrective.CorrectiveActions;
import jp.itaku.identity.CurrentUsers;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The contractor page's 選定評価 tab: its evaluations, when it was informed of the criteria
 * and its open corrective actions. The fragment reads them through this bean
 * ({@code @selectionTab}); a contractor's own account sees none of it.
 */
@Component("selectionTab")
class SelectionTabs {

	private final Evaluations evaluations;

	private final CriteriaNotices notices;

	private final CorrectiveActions corrective;

	private final CurrentUsers users;

	SelectionTabs(Evaluations evaluations, CriteriaNotices notices, CorrectiveActions corrective, CurrentUsers users) {
		this.evaluations = evaluations;
		this.notices = notices;
		this.corrective = corrective;
		this.users = users;
	}

	@Bean
	static ContractorTab evaluationsTab() {
		return new ContractorTab("evaluations", "selection.tab.evaluations", "selection/contractor-tab :: evaluations",
				40);
	}

	public List<EvaluationView> evaluations(UUID contractorId) {
		return hidden() ? List.of() : this.evaluations.of(new ContractorId(contractorId));
	}

	public List<NoticeView> notices(UUID contractorId) {
		return hidden() ? List.of() : this.notices.of(new ContractorId(contractorId));
	}

	public List<CorrectiveActionSummary> correctiveActions(UUID contractorId) {
		return hidden() ? List.of() : this.corrective.openFor(contractorId);
	}

	private boolean hidden() {
		return this.users.current().isContractorOnly();
	}

}
