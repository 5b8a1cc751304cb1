package jp.itaku.contractreview;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import jp.itaku.shared.NotFoundException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of all contract reviews for the committee and the auditors (規程 5.2(1) OPS-04:
 * 契約事項等が定期的に見直されているか確認する): filters, sort and paging on the server, updated in place by
 * htmx and working as plain links.
 */
@Controller
@PreAuthorize(ContractReviewApi.READERS)
class ContractReviewListController {

	private static final int PAGE_SIZE = 20;

	private final ContractReviews reviews;

	ContractReviewListController(ContractReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/contract-reviews")
	String list(@RequestParam(required = false) ContractReviewOutcome outcome,
			@RequestParam(required = false) UUID contractor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = ReviewPaging.DEFAULT_SORT) String sort,
			@RequestParam(defaultValue = "true") boolean desc, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restore) {
		ContractReviewQuery query = new ContractReviewQuery(outcome, contractor, from, to, overdue);
		String sortKey = ReviewPaging.key(sort);
		model.addAttribute("query", query);
		model.addAttribute("sort", sortKey);
		model.addAttribute("desc", desc);
		model.addAttribute("outcomes", ContractReviewOutcome.values());
		model.addAttribute("reviews", this.reviews.search(query, ReviewPaging.of(page, PAGE_SIZE, sortKey, desc)));
		// htmx swaps only the results; a plain request, or htmx restoring a page from
		// history, gets the whole page
		return (htmx != null && restore == null) ? "contractreview/list :: results" : "contractreview/list";
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
