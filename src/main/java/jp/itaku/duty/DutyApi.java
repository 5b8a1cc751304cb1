package jp.itaku.duty;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.PageView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Periodic duties (定期業務, 規程 4.1, 4.3, 5.1–5.4, 9) as JSON: the organisation reads them;
 * owners complete what they did by hand.
 */
@ApiController("/api/v1/duties")
@Tag(name = "duties", description = "定期業務 / periodic duties")
class DutyApi {

	private final DutyBoard board;

	DutyApi(DutyBoard board) {
		this.board = board;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')")
	@Operation(summary = "List duties",
			description = "status is OVERDUE, DUE_SOON, PLANNED, DONE or CANCELLED on today's date; owner is a "
					+ "username, committee=true lists the committee's duties; requirement is an id such as REV-03; "
					+ "contractor is the id of the contractor the duties concern; "
					+ "sort is due (default), kind, requirement, owner or updated; size at most 100")
	PageView<DutySummary> list(@RequestParam(required = false) DutyStatus status,
			@RequestParam(required = false) String owner, @RequestParam(required = false) Boolean committee,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String requirement,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) UUID contractor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "due") String sort,
			@RequestParam(defaultValue = "false") boolean desc) {
		DutyQuery query = new DutyQuery(status, owner, committee, kind, requirement, subjectType, subjectId,
				contractor);
		return PageView.of(this.board.search(query, DutyPaging.of(page, size, sort, desc)));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')")
	@Operation(summary = "Read one duty with its rule and history")
	DutyView get(@PathVariable UUID id) {
		return this.board.get(id);
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize("hasAnyRole('MEMBER','COMMITTEE','ADMIN')")
	@Operation(summary = "Complete the current occurrence by hand",
			description = "for the owner, or any committee member for the committee's duties (else 403); version is "
					+ "the one read: 409 if it changed or the duty is done or cancelled; the next occurrence is "
					+ "scheduled from the duty's rule")
	DutyView complete(@PathVariable UUID id, @Valid @RequestBody CompleteRequest request) {
		return this.board.complete(id, request.version(), request.note());
	}

}
