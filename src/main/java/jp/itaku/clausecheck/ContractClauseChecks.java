package jp.itaku.clausecheck;

import java.util.List;
import java.util.UUID;

import jp.itaku.clausecheck.ClauseCheckResult.StructuredArticle;
import jp.itaku.contract.ContractDocumentView;
import jp.itaku.contract.ContractDocuments;
import jp.itaku.contract.Contracts;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic clause check of a contract's documents (規程 4.2, issue 7): runs it on a
 * document (on upload, or again after the rules improved), keeps every run, and offers
 * its verdicts to the contract's clause checklist for the reviewer to confirm or correct.
 * The check is the organisation's internal review: contractor accounts get 404.
 */
@Service
public class ContractClauseChecks {

	private final RunRecorder recorder;

	private final RunSuggestions suggestions;

	private final ClauseCheckRunStore store;

	private final Contracts contracts;

	private final ContractDocuments documents;

	private final CurrentUsers users;

	ContractClauseChecks(RunRecorder recorder, RunSuggestions suggestions, ClauseCheckRunStore store,
			Contracts contracts, ContractDocuments documents, CurrentUsers users) {
		this.recorder = recorder;
		this.suggestions = suggestions;
		this.store = store;
		this.contracts = contracts;
		this.documents = documents;
		this.users = users;
	}

	/**
	 * Checks one of the contract's documents again, as a new run.
	 * @throws NotFoundException for a contractor account, a contract the caller may not
	 * see, or a document that is not the contract's
	 */
	public ClauseCheckRun check(UUID contractId, UUID documentId) {
		internalOnly();
		return checkDocument(contractId, documentId, this.users.actorName());
	}

	/**
	 * Checks a document just attached: whoever attached it may run the check.
	 * @param actor who attached it, recorded as who checked it (after the upload
	 * committed the thread may no longer say, e.g. for the demo loader)
	 */
	ClauseCheckRun checkDocument(UUID contractId, UUID documentId, String actor) {
		RunRecorder.Recorded recorded = this.recorder.record(contractId, documentId, actor);
		this.suggestions.offer(recorded);
		return recorded.run();
	}

	/** The contract's runs, newest first. */
	@Transactional(readOnly = true)
	public Page<ClauseCheckRun> runsOf(UUID contractId, Pageable pageable) {
		internalOnly();
		this.contracts.get(contractId);
		return this.store.runsOf(contractId, pageable);
	}

	/** The contract's documents that stand (not withdrawn), for checking again. */
	@Transactional(readOnly = true)
	public List<ContractDocumentView> checkableDocuments(UUID contractId) {
		internalOnly();
		return this.documents.of(contractId).stream().filter((document) -> !document.withdrawn()).toList();
	}

	/** One run with its findings and the document as it parsed it. */
	@Transactional(readOnly = true)
	RunDetail run(UUID contractId, UUID runId) {
		internalOnly();
		this.contracts.get(contractId);
		ClauseCheckRun run = this.store.find(contractId, runId)
			.orElseThrow(() -> new NotFoundException("clause check run " + runId));
		return new RunDetail(run, this.store.findings(runId), this.store.structure(runId));
	}

	private void internalOnly() {
		if (this.users.current().isContractorOnly()) {
			throw new NotFoundException("the clause check is not for contractor accounts");
		}
	}

	/** A run with what it found and read. */
	record RunDetail(ClauseCheckRun run, List<RequirementFinding> findings, List<StructuredArticle> structure) {

		/** The run as the check's own result, for the views the check already has. */
		ClauseCheckResult result() {
			return new ClauseCheckResult(this.findings, this.run.articles(), this.run.millis(), this.structure);
		}

	}

}
