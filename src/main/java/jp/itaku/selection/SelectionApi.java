package jp.itaku.selection;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.itaku.contractor.ContractorId;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Selection criteria, evaluations, re-evaluations and the criteria's notice to
 * contractors as JSON (規程 4.1(1) SEL-01..04).
 */
@ApiController("/api/v1/selection")
@PreAuthorize(SelectionRoles.READERS)
@Tag(name = "Selection", description = "選定基準, 評価, 再評価, 周知 (規程 4.1(1) SEL-01..04)")
class SelectionApi {

	private final SelectionCriteria criteria;

	private final Evaluations evaluations;

	private final ReEvaluations reEvaluations;

	private final CriteriaNotices notices;

	SelectionApi(SelectionCriteria criteria, Evaluations evaluations, ReEvaluations reEvaluations,
			CriteriaNotices notices) {
		this.criteria = criteria;
		this.evaluations = evaluations;
		this.reEvaluations = reEvaluations;
		this.notices = notices;
	}

	@GetMapping("/criteria")
	@Operation(summary = "Every criteria version, the newest first")
	List<CriteriaVersionView> versions() {
		return this.criteria.history();
	}

	@GetMapping("/criteria/current")
	@PreAuthorize(SelectionRoles.CRITERIA_READERS)
	@Operation(summary = "The criteria version in force (also for a contractor's account); 404 when none")
	CriteriaVersionView current() {
		return this.criteria.inForce().orElseThrow(() -> new NotFoundException("no criteria in force"));
	}

	@GetMapping("/criteria/{id}")
	@Operation(summary = "One criteria version")
	CriteriaVersionView version(@PathVariable UUID id) {
		return this.criteria.get(id);
	}

	@GetMapping("/criteria/compare")
	@Operation(summary = "Criteria added, removed and changed between two version numbers")
	CriteriaComparison compare(@RequestParam int from, @RequestParam int to) {
		return this.criteria.compare(from, to);
	}

	@PostMapping("/criteria")
	@PreAuthorize(SelectionRoles.WRITERS)
	@Operation(summary = "Start a new draft from the latest version's criteria")
	ResponseEntity<CriteriaVersionView> draft(@RequestBody Map<String, String> body) {
		CriteriaVersionView draft = this.criteria.draft(body.get("title"));
		return ResponseEntity.created(URI.create("/api/v1/selection/criteria/" + draft.id())).body(draft);
	}

	@PutMapping("/criteria/{id}")
	@PreAuthorize(SelectionRoles.WRITERS)
	@Operation(summary = "Replace a draft's title, effective date and criteria",
			description = "version is the draft's version as read; 409 when it changed meanwhile or is no longer a "
					+ "draft; 400 with errors for bad criteria")
	CriteriaVersionView revise(@PathVariable UUID id, @RequestParam long version, @RequestBody CriteriaDraft draft) {
		return this.criteria.revise(id, version, draft);
	}

	@PostMapping("/criteria/{id}/submission")
	@PreAuthorize(SelectionRoles.WRITERS)
	@Operation(summary = "Put a draft (or a sent-back version) before the committee (稟議)")
	Map<String, UUID> submit(@PathVariable UUID id) {
		return Map.of("approvalId", this.criteria.submit(id));
	}

	@PostMapping("/criteria/reviews")
	@PreAuthorize(SelectionRoles.WRITERS)
	@Operation(summary = "Record a review of the criteria that found no change needed (SEL-03)")
	ResponseEntity<Void> review(@RequestBody Map<String, String> body) {
		this.criteria.recordNoChangeReview(body.get("note"));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/contractors/{id}/evaluations")
	@Operation(summary = "A contractor's evaluations, the latest first")
	List<EvaluationView> evaluations(@PathVariable UUID id) {
		return this.evaluations.of(new ContractorId(id));
	}

	@GetMapping("/contractors/{id}/applicable-criteria")
	@Operation(summary = "The criteria in force that apply to the contractor (the rows of its evaluation)")
	List<CriterionInput> applicable(@PathVariable UUID id) {
		return this.evaluations.applicableCriteria(new ContractorId(id));
	}

	@PostMapping("/contractors/{id}/evaluations")
	@PreAuthorize(SelectionRoles.WRITERS)
	@Operation(summary = "Evaluate a contractor against the criteria in force",
			description = "a score for every applicable criterion; result 適合 (PASS) / 条件付適合 (CONDITIONAL) / "
					+ "不適合 (FAIL) computed: a mandatory criterion scored 0 fails, else ≥80% passes, ≥60% "
					+ "passes with conditions")
	ResponseEntity<EvaluationView> evaluate(@PathVariable UUID id, @RequestBody EvaluationInput input) {
		EvaluationView view = this.evaluations.evaluate(new ContractorId(id), input);
		return ResponseEntity.created(URI.create("/api/v1/selection/contractors/" + id + "/evaluations")).body(view);
	}

	@GetMapping("/re-evaluations")
	@Operation(summary = "Selected contractors with their next evaluation, the most urgent first",
			description = "state filters: NEVER_EVALUATED, OVERDUE, DUE_SOON, OUTDATED_CRITERIA, ON_TIME")
	List<ReEvaluationRow> reEvaluations(@RequestParam(required = false) ReEvaluationState state) {
		return this.reEvaluations.list(state);
	}

	@GetMapping("/not-informed")
	@Operation(summary = "Active contractors not yet informed of the criteria in force (SEL-02)")
	List<NotInformed> notInformed() {
		return this.notices.notInformed();
	}

	@PostMapping("/contractors/{id}/notice")
	@PreAuthorize(SelectionRoles.WRITERS)
	@Operation(summary = "Inform a contractor of the criteria in force (notifies its accounts; without an account, "
			+ "e-mails an acknowledgement link to its primary contact, or returns the link once to pass on)")
	InformOutcome inform(@PathVariable UUID id) {
		return this.notices.inform(new ContractorId(id));
	}

	@GetMapping("/contractors/{id}/notices")
	@Operation(summary = "When the contractor was informed of each criteria version and acknowledged it")
	List<NoticeView> notices(@PathVariable UUID id) {
		return this.notices.of(new ContractorId(id));
	}

	@PostMapping("/acknowledgement")
	@PreAuthorize(SelectionRoles.CONTRACTOR)
	@Operation(summary = "A contractor's account acknowledges the criteria in force")
	NoticeView acknowledge() {
		return this.notices.acknowledge();
	}

}
