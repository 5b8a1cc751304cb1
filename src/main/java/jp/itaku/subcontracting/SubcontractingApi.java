package jp.itaku.subcontracting;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.PageView;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Subcontracting requests (再委託承認申請, 規程 4.2(3)① R01) as JSON. A contractor account files
 * and reads its own company's; members file on a contractor's behalf; the committee
 * decides through {@code /api/v1/approvals/{approvalId}/decisions}; members record an
 * approved request as active, then ended.
 */
@ApiController("/api/v1/subcontracting-requests")
@Tag(name = "subcontracting", description = "再委託承認申請 / subcontracting requests (R01)")
class SubcontractingApi {

	static final String READERS = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN','CONTRACTOR')";

	static final String REQUESTERS = "hasAnyRole('MEMBER','ADMIN','CONTRACTOR')";

	static final String KEEPERS = "hasAnyRole('MEMBER','ADMIN')";

	private final Subcontracting subcontracting;

	SubcontractingApi(Subcontracting subcontracting) {
		this.subcontracting = subcontracting;
	}

	@PostMapping
	@PreAuthorize(REQUESTERS)
	@Operation(summary = "Request the committee's prior approval to subcontract",
			description = "answers 201 with the request's id, status UNDER_REVIEW and the approvalId of the 稟議 "
					+ "that decides it; a contractor account may request for its own company only; the "
					+ "subcontractor is named by subcontractorId or subcontractorCorporateNumber and must be "
					+ "registered")
	ResponseEntity<SubcontractingView> request(@Valid @RequestBody SubcontractingInput request) {
		SubcontractingView view = this.subcontracting.request(request);
		return ResponseEntity.created(URI.create("/api/v1/subcontracting-requests/" + view.id())).body(view);
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "List subcontracting requests",
			description = "status filters one status; contractor matches the company as contractor or "
					+ "subcontractor; pending=true lists those awaiting the committee; sort is created (default, "
					+ "newest first), status, period or contractor; size at most 100")
	PageView<SubcontractingView> list(@RequestParam(required = false) SubcontractingStatus status,
			@RequestParam(required = false) UUID contractor, @RequestParam(defaultValue = "false") boolean pending,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "created") String sort, @RequestParam(defaultValue = "true") boolean desc) {
		String key = SubcontractingPaging.key(SubcontractingPaging.REQUEST_SORTS, sort, "created");
		return PageView.of(this.subcontracting.search(new SubcontractingQuery(status, contractor, pending),
				SubcontractingPaging.of(SubcontractingPaging.REQUEST_SORTS, page, size, key, desc)));
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "Read one subcontracting request", description = "404 if not the caller's to see")
	SubcontractingView get(@PathVariable UUID id) {
		return this.subcontracting.get(id);
	}

	@PostMapping("/{id}/resubmit")
	@PreAuthorize(REQUESTERS)
	@Operation(summary = "Amend a sent-back request and put it before the committee again",
			description = "requester only (403); 409 if not sent back or the version changed")
	SubcontractingView resubmit(@PathVariable UUID id, @Valid @RequestBody SubcontractingRequests.Amendment body) {
		return this.subcontracting.amend(id, body.version(), body.request());
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize(REQUESTERS)
	@Operation(summary = "Withdraw a request the committee has not decided", description = "requester only (403)")
	ResponseEntity<Void> withdraw(@PathVariable UUID id) {
		this.subcontracting.withdraw(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/activation")
	@PreAuthorize(KEEPERS)
	@Operation(summary = "Record an approved subcontracting as active in the chain",
			description = "409 unless the committee approved the request (規程 4.2(3)①) or if the version changed")
	SubcontractingView activate(@PathVariable UUID id, @Valid @RequestBody SubcontractingRequests.Step body) {
		return this.subcontracting.activate(id, body.version());
	}

	@PostMapping("/{id}/end")
	@PreAuthorize(KEEPERS)
	@Operation(summary = "Record that an active subcontracting has ended", description = "409 unless active")
	SubcontractingView end(@PathVariable UUID id, @Valid @RequestBody SubcontractingRequests.Step body) {
		return this.subcontracting.end(id, body.version(), body.note());
	}

}
