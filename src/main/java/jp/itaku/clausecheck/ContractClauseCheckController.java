package jp.itaku.clausecheck;

import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The automatic clause check on the contract page (規程 4.2): the runs of the contract's
 * documents (the section, loaded by htmx), each run's highlighted view, and checking a
 * document again.
 */
@Controller
@PreAuthorize(ClauseCheckRoles.RUN_READERS)
class ContractClauseCheckController {

	static final int PAGE_SIZE = 10;

	private final ContractClauseChecks checks;

	ContractClauseCheckController(ContractClauseChecks checks) {
		this.checks = checks;
	}

	/**
	 * The runs: the section's content for htmx, a page of its own for a plain link (no
	 * script).
	 */
	@GetMapping("/contracts/{contractId}/clause-checks")
	String runs(@PathVariable UUID contractId, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Pageable pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("contractId", contractId);
		model.addAttribute("runs", this.checks.runsOf(contractId, pageable));
		model.addAttribute("documents", this.checks.checkableDocuments(contractId));
		return (htmx != null) ? "clausecheck/runs :: runs" : "clausecheck/runs-page";
	}

	@GetMapping("/contracts/{contractId}/clause-checks/{runId}")
	String run(@PathVariable UUID contractId, @PathVariable UUID runId, Model model) {
		ContractClauseChecks.RunDetail detail = this.checks.run(contractId, runId);
		model.addAttribute("run", detail.run());
		model.addAttribute("page", ClauseCheckPage.of(detail.result()));
		return "clausecheck/run";
	}

	@PostMapping("/contracts/{contractId}/clause-checks")
	@PreAuthorize(ClauseCheckRoles.RUNNERS)
	String recheck(@PathVariable UUID contractId, @RequestParam UUID documentId) {
		ClauseCheckRun run = this.checks.check(contractId, documentId);
		return "redirect:" + run.link();
	}

}
