package jp.itaku.contractreview;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import jp.itaku.shared.ApiController;
import jp.itaku.shared.PageView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Contract reviews (契約見直し, 規程 4.3(1) MGT-01, 5.2(1) OPS-04) as JSON: the organisation and
 * its auditors read them; members, the committee and administrators record them. A
 * contractor's own account gets 404, as for a record that does not exist.
 */
@ApiController("/api/v1")
@Tag(name = "contract-reviews", description = "契約見直し / periodic contract reviews (MGT-01, OPS-04)")
class ContractReviewApi {

	// contractor accounts pass here and get 404 from the facade: they must not learn that
	// the organisation's reviews exist
	static final String READERS = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN','CONTRACTOR')";

	static final String RECORDERS = "hasAnyRole('MEMBER','COMMITTEE','ADMIN','CONTRACTOR')";

	private final ContractReviews reviews;

	private final MessageSource messages;

	ContractReviewApi(ContractReviews reviews, MessageSource messages) {
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping("/contracts/{id}/reviews")
	@PreAuthorize(READERS)
	@Operation(summary = "A contract's reviews, the latest first, with when the next is due",
			description = "openPoints lists what the review gates report against CONFIRMED (e.g. a required clause "
					+ "missing); 404 for an unknown contract and for contractor accounts")
	ContractReviewHistory history(@PathVariable UUID id) {
		var reviews = this.reviews.history(id);
		return new ContractReviewHistory(id, this.reviews.standing(id), this.reviews.openPoints(id), reviews);
	}

	@PostMapping("/contracts/{id}/reviews")
	@PreAuthorize(RECORDERS)
	@Operation(summary = "Record a review of an active contract",
			description = "outcome CONFIRMED (確認済) completes the contract's review duties and is refused with 409 "
					+ "and openPoints while a review gate has open points; ACTION_REQUIRED (要対応) needs at least "
					+ "one action, each opened as a corrective action; 409 for a contract not CONCLUDED or RENEWED; "
					+ "a review is never changed afterwards")
	ResponseEntity<ContractReviewView> record(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request) {
		ContractReviewView view = this.reviews.record(id, request.toInput());
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/reviews")).body(view);
	}

	@GetMapping("/contract-reviews")
	@PreAuthorize(READERS)
	@Operation(summary = "List the reviews of all contracts",
			description = "outcome CONFIRMED or ACTION_REQUIRED; from/to bound the review date (ISO dates); "
					+ "overdue=true keeps the reviews of active contracts whose next review is overdue; sort is "
					+ "reviewed (default, latest first), outcome, contract or recorded; size at most 100")
	PageView<ContractReviewView> list(@RequestParam(required = false) ContractReviewOutcome outcome,
			@RequestParam(required = false) UUID contractor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = ReviewPaging.DEFAULT_SORT) String sort,
			@RequestParam(defaultValue = "true") boolean desc) {
		ContractReviewQuery query = new ContractReviewQuery(outcome, contractor, from, to, overdue);
		return PageView.of(this.reviews.search(query, ReviewPaging.of(page, size, sort, desc)));
	}

	@ExceptionHandler(ContractReviewRefused.class)
	ResponseEntity<ProblemDetail> refused(ContractReviewRefused ex) {
		String detail = this.messages.getMessage(ex.messageKey(), null, ex.messageKey(),
				LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setType(URI.create("about:blank"));
		problem.setProperty("openPoints", ex.openPoints());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

}
