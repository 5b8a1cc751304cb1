package jp.itaku.clausecheck;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jp.itaku.clausecheck.ClauseCheckResult.StructuredArticle;
import jp.itaku.contract.ContractDocuments;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the check on one stored contract document and records the run, in a transaction of
 * its own: a document the check cannot read becomes a REFUSED run with the reason, never
 * a failure of whatever asked for the check (the upload above all).
 */
@Component
class RunRecorder {

	private static final Logger log = LoggerFactory.getLogger(RunRecorder.class);

	private static final String UNREADABLE = "clausecheck.error.unreadable";

	private final ClauseChecks checks;

	private final Contracts contracts;

	private final ContractDocuments documents;

	private final ClauseCheckRunStore store;

	private final RulesDigest rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RunRecorder(ClauseChecks checks, Contracts contracts, ContractDocuments documents, ClauseCheckRunStore store,
			RulesDigest rules, ApplicationEventPublisher events, Clock clock) {
		this.checks = checks;
		this.contracts = contracts;
		this.documents = documents;
		this.store = store;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks the document and stores the run; publishes {@link ClauseCheckRan}.
	 * @throws jp.itaku.shared.NotFoundException if the caller may not see the contract or
	 * the document is not the contract's
	 */
	// REQUIRES_NEW: called after the upload's transaction committed, whose resources are
	// still bound to the thread; joining them would write nothing
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Recorded record(UUID contractId, UUID documentId, String actor) {
		ContractSummary contract = this.contracts.get(contractId);
		ContractDocuments.Download download = this.documents.download(contractId, documentId);
		long start = System.nanoTime();
		ClauseCheckResult result = null;
		String refusal = null;
		try {
			result = this.checks.check(download.content());
		}
		catch (DocumentRefused ex) {
			refusal = ex.messageKey();
		}
		catch (RuntimeException ex) {
			// a reader's bug on an odd file must not lose the upload; the run says
			// unreadable
			log.warn("The clause check failed on document {} of contract {}", documentId, contractId, ex);
			refusal = UNREADABLE;
		}
		List<RequirementFinding> findings = (result != null) ? result.requirements() : List.of();
		List<StructuredArticle> structure = (result != null) ? result.structure() : List.of();
		long millis = (result != null) ? result.millis() : (System.nanoTime() - start) / 1_000_000;
		ClauseCheckRun run = new ClauseCheckRun(UUID.randomUUID(), contractId, contract.contractorId(), documentId,
				download.document().fileName(), download.document().sha256(), this.clock.instant(), actor,
				(result != null) ? ClauseCheckRun.CHECKED : ClauseCheckRun.REFUSED, refusal,
				(result != null) ? result.articles() : 0, millis, count(findings, ClauseVerdict.PRESENT),
				count(findings, ClauseVerdict.PARTIAL), count(findings, ClauseVerdict.ABSENT), this.rules.value());
		this.store.insert(run, findings, structure);
		this.events.publishEvent(ClauseCheckRan.of(run));
		return new Recorded(run, findings);
	}

	private static int count(List<RequirementFinding> findings, ClauseVerdict verdict) {
		return (int) findings.stream().filter((finding) -> finding.verdict() == verdict).count();
	}

	/** A stored run with its findings. */
	record Recorded(ClauseCheckRun run, List<RequirementFinding> findings) {

	}

}
