package jp.itaku.approval;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.PageView;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Committee decisions (稟議) as JSON: committee members list what awaits their decision and
 * decide; requesters follow, resubmit and withdraw their requests.
 */
@ApiController("/api/v1/approvals")
@Tag(name = "approvals", description = "稟議 / committee decisions")
class ApprovalApi {

	private final Approvals approvals;

	private final SnapshotResubmission resubmission;

	ApprovalApi(Approvals approvals, SnapshotResubmission resubmission) {
		this.approvals = approvals;
		this.resubmission = resubmission;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Requests awaiting the caller's decision",
			description = "status=PENDING (the default) lists pending requests of others that the caller, a "
					+ "committee member, has not decided in their current round; mine=true lists the caller's own "
					+ "requests; size at most 100")
	PageView<ApprovalSummary> list(@RequestParam(defaultValue = "PENDING") ApprovalStatus status,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (mine) {
			return PageView.of(this.approvals.mine(ApprovalPaging.of(page, size)));
		}
		if (status == ApprovalStatus.PENDING) {
			return PageView.of(this.approvals.awaitingMe(ApprovalPaging.of(page, size)));
		}
		return PageView.of(this.approvals.all(status, ApprovalPaging.of(page, size)));
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Read one request with its rounds and decisions",
			description = "for the requester, the committee, auditors and administrators")
	ApprovalView get(@PathVariable UUID id) {
		return this.approvals.get(id);
	}

	@PostMapping("/{id}/decisions")
	@PreAuthorize("hasRole('COMMITTEE')")
	@Operation(summary = "Record the caller's decision",
			description = "decision is APPROVE, REJECT or SEND_BACK; comment (at most 2000 characters) is required "
					+ "for REJECT and SEND_BACK; round (optional) is the round the member read; 403 for the "
					+ "requester, 409 once decided, already decided or when a new round has started")
	ResponseEntity<ApprovalView> decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.approvals.decide(id, request.decision(), request.comment(), request.round()));
	}

	@PostMapping("/{id}/resubmit")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Resubmit a sent-back request with a revised snapshot (再申請)",
			description = "for the requester only (403 otherwise); snapshot is required, at most 20000 characters; "
					+ "a new round starts in which the committee decides again; 409 unless the request is sent back, "
					+ "and for a subject whose module amends it (resubmitted from there)")
	ApprovalView resubmit(@PathVariable UUID id, @Valid @RequestBody ResubmitRequest request) {
		return this.resubmission.resubmit(id, request.snapshot());
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Withdraw a pending or sent-back request (引戻し)", description = "for the requester only")
	ApprovalView withdraw(@PathVariable UUID id) {
		this.approvals.withdraw(id);
		return this.approvals.get(id);
	}

}
