package jp.itaku.clausecheck;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jp.itaku.clausecheck.ClauseCheckView.RequirementView;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.PageView;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The stored runs of the automatic clause check on a contract's documents (規程 4.2, issue
 * 7): members and administrators check a document again, the committee and auditors read,
 * contractor accounts get 404.
 */
@ApiController("/api/v1/contracts/{contractId}/clause-checks")
@PreAuthorize(ClauseCheckRoles.RUN_READERS)
@Tag(name = "Contract clause checks", description = "自動条項チェックの実行記録 (規程 4.2)")
class ContractClauseCheckApi {

	private final ContractClauseChecks checks;

	ContractClauseCheckApi(ContractClauseChecks checks) {
		this.checks = checks;
	}

	@GetMapping
	@Operation(summary = "The contract's check runs, newest first",
			description = "Each run: document, SHA-256, when, by whom, outcome (CHECKED or REFUSED with the"
					+ " reason's message key) and the counts of present, partial and absent requirements.")
	PageView<ClauseCheckRun> runs(@PathVariable UUID contractId, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return PageView.of(this.checks.runsOf(contractId, PageRequest.of(page, size)));
	}

	@GetMapping("/{runId}")
	@Operation(summary = "One run with its verdict on each of the 37 requirements",
			description = "requirements, articles and millis as POST /api/v1/clause-checks answers them;"
					+ " no requirements for a REFUSED run.")
	RunView run(@PathVariable UUID contractId, @PathVariable UUID runId) {
		ContractClauseChecks.RunDetail detail = this.checks.run(contractId, runId);
		ClauseCheckView view = ClauseCheckView.of(detail.result());
		return new RunView(detail.run(), view.requirements(), view.articles(), view.millis());
	}

	@PostMapping
	@PreAuthorize(ClauseCheckRoles.RUNNERS)
	@Operation(summary = "Check one of the contract's documents again, as a new run",
			description = "E.g. after the rules improved; the verdicts are offered to the contract's checklist."
					+ " A document the check cannot read gives a REFUSED run.")
	ResponseEntity<ClauseCheckRun> recheck(@PathVariable UUID contractId, @Valid @RequestBody RecheckRequest request) {
		ClauseCheckRun run = this.checks.check(contractId, request.documentId());
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + contractId + "/clause-checks/" + run.id()))
			.body(run);
	}

	/**
	 * Which document to check.
	 *
	 * @param documentId one of the contract's documents
	 */
	record RecheckRequest(@NotNull UUID documentId) {

	}

	/**
	 * A run with its findings.
	 *
	 * @param run what was checked, when, by whom, and the outcome
	 * @param requirements one per requirement in requirements.tsv order
	 */
	record RunView(ClauseCheckRun run, List<RequirementView> requirements, int articles, long millis) {

	}

}
