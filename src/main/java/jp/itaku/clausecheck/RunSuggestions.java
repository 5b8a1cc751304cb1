package jp.itaku.clausecheck;

import java.util.List;

import jp.itaku.clause.CheckSuggestion;
import jp.itaku.clause.CheckSuggestion.SuggestedFinding;
import jp.itaku.clause.ClauseChecklists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers a run's verdicts to the contract's clause checklist (規程 4.2), for the reviewer
 * to confirm or correct there. In a transaction of its own after the run is stored: a
 * checklist that cannot take the suggestion leaves the run standing.
 */
@Component
class RunSuggestions {

	private static final Logger log = LoggerFactory.getLogger(RunSuggestions.class);

	private final ClauseChecklists checklists;

	private final TransactionTemplate transaction;

	RunSuggestions(ClauseChecklists checklists, PlatformTransactionManager transactions) {
		this.checklists = checklists;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void offer(RunRecorder.Recorded recorded) {
		ClauseCheckRun run = recorded.run();
		if (run.refused()) {
			return;
		}
		CheckSuggestion suggestion = suggestion(run, recorded.findings());
		try {
			this.transaction
				.executeWithoutResult((status) -> this.checklists.suggest("contract", run.contractId(), suggestion));
		}
		catch (RuntimeException ex) {
			log.warn("The checklist of contract {} did not take the suggestions of run {}", run.contractId(), run.id(),
					ex);
		}
	}

	static CheckSuggestion suggestion(ClauseCheckRun run, List<RequirementFinding> findings) {
		List<SuggestedFinding> items = findings.stream()
			.map((finding) -> new SuggestedFinding(finding.id(),
					jp.itaku.clause.ClauseVerdict.valueOf(finding.verdict().name()), article(finding),
					finding.confidence()))
			.toList();
		return new CheckSuggestion(run.id(), run.documentName(), run.documentSha256(), run.link(), items);
	}

	private static String article(RequirementFinding finding) {
		if (finding.verdict() == ClauseVerdict.ABSENT || finding.evidence().isEmpty()) {
			return "";
		}
		String article = finding.evidence().get(0).article();
		return (article.length() > ClauseChecklists.MAX_ARTICLE) ? article.substring(0, ClauseChecklists.MAX_ARTICLE)
				: article;
	}

}
