package jp.itaku.corrective;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.PageView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Corrective actions (是正処置, 規程 4.1, 5.1(1); SEL-04) as JSON: the organisation reads them;
 * members record one by hand; the assignee starts it and marks it done; another member or
 * committee member verifies it or sends it back.
 */
@ApiController("/api/v1/corrective-actions")
@Tag(name = "corrective-actions", description = "是正処置 / corrective actions")
class CorrectiveActionApi {

	static final String READERS = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')";

	static final String ACTORS = "hasAnyRole('MEMBER','COMMITTEE','ADMIN')";

	static final String VERIFIERS = "hasAnyRole('MEMBER','COMMITTEE')";

	private final CorrectiveWork work;

	private final MessageSource messages;

	CorrectiveActionApi(CorrectiveWork work, MessageSource messages) {
		this.work = work;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "List corrective actions",
			description = "status is OPEN, IN_PROGRESS, DONE or VERIFIED; overdue=true lists those not verified "
					+ "whose due date has passed; sort is due (default), status, assignee, requirement or opened; "
					+ "size at most 100")
	PageView<CorrectiveActionRow> list(@RequestParam(required = false) CorrectiveActionStatus status,
			@RequestParam(required = false) UUID contractor, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String sourceType, @RequestParam(required = false) String requirement,
			@RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "due") String sort,
			@RequestParam(defaultValue = "false") boolean desc) {
		CorrectiveActionQuery query = new CorrectiveActionQuery(status, contractor, assignee, sourceType, requirement,
				overdue);
		return PageView.of(this.work.search(query, CorrectivePaging.of(page, size, sort, desc)));
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "Read one corrective action with its history")
	CorrectiveActionView get(@PathVariable UUID id) {
		return this.work.get(id);
	}

	@PostMapping
	@PreAuthorize(ACTORS)
	@Operation(summary = "Record a corrective action by hand",
			description = "source type manual; the assignee must be an internal account; a duty is registered "
					+ "for the due date")
	ResponseEntity<CorrectiveActionView> open(@Valid @RequestBody CorrectiveRequests.Open request) {
		CorrectiveActionView view = this.work.openManually(request.requirementId(), request.contractorId(),
				request.what(), request.assignee(), request.dueOn());
		return ResponseEntity.created(URI.create("/api/v1/corrective-actions/" + view.id())).body(view);
	}

	@PostMapping("/{id}/start")
	@PreAuthorize(ACTORS)
	@Operation(summary = "Start work (assignee only)", description = "409 if not open or the version changed")
	CorrectiveActionView start(@PathVariable UUID id, @Valid @RequestBody CorrectiveRequests.Step request) {
		return this.work.start(id, request.version());
	}

	@PostMapping("/{id}/done")
	@PreAuthorize(ACTORS)
	@Operation(summary = "Report it done (assignee only)",
			description = "409 if not in progress or the version changed")
	CorrectiveActionView done(@PathVariable UUID id, @Valid @RequestBody CorrectiveRequests.Step request) {
		return this.work.markDone(id, request.version(), request.note());
	}

	@PostMapping("/{id}/verify")
	@PreAuthorize(VERIFIERS)
	@Operation(summary = "Verify the correction",
			description = "by a member or committee member other than whoever reported it done (else 403); "
					+ "completes the action's duty; 409 if not done or the version changed")
	CorrectiveActionView verify(@PathVariable UUID id, @Valid @RequestBody CorrectiveRequests.Step request) {
		return this.work.verify(id, request.version(), request.note());
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(VERIFIERS)
	@Operation(summary = "Send it back: the verification failed",
			description = "with a reason; back to IN_PROGRESS; not by whoever reported it done (403)")
	CorrectiveActionView reject(@PathVariable UUID id, @Valid @RequestBody CorrectiveRequests.Reject request) {
		return this.work.reject(id, request.version(), request.reason());
	}

	@ExceptionHandler(NotAllowedToAct.class)
	ResponseEntity<ProblemDetail> notAllowed(NotAllowedToAct ex) {
		String detail = this.messages.getMessage(ex.messageKey(), null, ex.messageKey(),
				LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

}
