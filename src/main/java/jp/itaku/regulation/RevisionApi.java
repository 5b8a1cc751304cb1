package jp.itaku.regulation;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.itaku.regulation.Acknowledgements.Acknowledgement;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.PageView;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The revision of the regulation as JSON (規程 8, 9): change requests, acknowledgements of
 * a version and the committee's yearly reviews.
 */
@ApiController("/api/v1/regulation")
@PreAuthorize(RegulationViews.SUBJECTS)
@Tag(name = "Regulation revision", description = "変更申請, 既読確認, 年次見直し (規程 8, 9)")
class RevisionApi {

	private final ChangeRequests changeRequests;

	private final Acknowledgements acknowledgements;

	private final Reviews reviews;

	private final Regulation regulation;

	private final RevisionNotices notices;

	RevisionApi(ChangeRequests changeRequests, Acknowledgements acknowledgements, Reviews reviews,
			Regulation regulation, RevisionNotices notices) {
		this.changeRequests = changeRequests;
		this.acknowledgements = acknowledgements;
		this.reviews = reviews;
		this.regulation = regulation;
		this.notices = notices;
	}

	@GetMapping("/changes")
	@Operation(summary = "Change requests, newest first",
			description = "status filters (UNDER_REVIEW, SENT_BACK, ADOPTED, REJECTED, WITHDRAWN); mine=true lists the "
					+ "caller's own; size at most 100")
	PageView<ChangeRequestView> changes(@RequestParam(required = false) ChangeRequestStatus status,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PageView.of(this.changeRequests.list(status, mine, RevisionPaging.newestFirst(page, size)),
				ChangeRequestView::summary);
	}

	@PostMapping("/changes")
	@PreAuthorize(ChangeRequestController.FILERS)
	@Operation(summary = "File a change request (変更申請) and put it before the committee",
			description = "title, reason and the whole proposedText (one heading line per section, as "
					+ "GET /versions/{n} gives them); proposedEffectiveOn optional, not in the past")
	ResponseEntity<ChangeRequestView> file(@RequestBody ChangeRequestForm form) {
		UUID id = this.changeRequests.file(form);
		return ResponseEntity.created(URI.create("/api/v1/regulation/changes/" + id))
			.body(ChangeRequestView.of(this.changeRequests.get(id)));
	}

	@GetMapping("/changes/{id}")
	@Operation(summary = "One change request with its proposed text")
	ChangeRequestView change(@PathVariable UUID id) {
		return ChangeRequestView.of(this.changeRequests.get(id));
	}

	@PutMapping("/changes/{id}")
	@Operation(summary = "Amend a sent-back request and resubmit it (requester only)",
			description = "version must be the request's current version: 409 when stale or not sent back")
	ChangeRequestView amend(@PathVariable UUID id, @RequestBody ChangeRequestForm form) {
		this.changeRequests.amend(id, form);
		return ChangeRequestView.of(this.changeRequests.get(id));
	}

	@PostMapping("/changes/{id}/withdraw")
	@Operation(summary = "Withdraw an undecided request (取下げ, requester only)")
	ChangeRequestView withdraw(@PathVariable UUID id) {
		this.changeRequests.withdraw(id);
		return ChangeRequestView.of(this.changeRequests.get(id));
	}

	@PostMapping("/versions/{number}/acknowledgement")
	@Operation(summary = "Acknowledge having read a version in force or about to take effect (既読確認)")
	ResponseEntity<AcknowledgementView> acknowledge(@PathVariable int number) {
		Instant at = this.acknowledgements.acknowledge(number);
		return ResponseEntity.status(201).body(new AcknowledgementView(number, at));
	}

	@GetMapping("/versions/{number}/acknowledgements")
	@PreAuthorize(AcknowledgementController.OVERSEERS)
	@Operation(summary = "Every subject with when they acknowledged the version; those who have not first")
	List<Acknowledgement> acknowledgements(@PathVariable int number) {
		return this.acknowledgements.of(number);
	}

	@PostMapping("/versions/{number}/reminders")
	@PreAuthorize("hasRole('COMMITTEE')")
	@Operation(summary = "Remind the subjects who have not acknowledged the version (committee)")
	ReminderView remind(@PathVariable int number) {
		return new ReminderView(number, this.notices.remind(this.regulation.get(number)));
	}

	@GetMapping("/reviews")
	@Operation(summary = "The committee's yearly reviews (REV-03), latest first, with when the next is due")
	ReviewsView reviews(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return new ReviewsView(this.reviews.dueOn().orElse(null),
				PageView.of(this.reviews.list(RevisionPaging.of(page, size))));
	}

	@PostMapping("/reviews")
	@PreAuthorize("hasRole('COMMITTEE')")
	@Operation(summary = "Record the committee's yearly review (committee)",
			description = "outcome NO_CHANGE or CHANGES_REQUESTED (then changeRequests names the requests it led to)")
	ResponseEntity<Review> review(@RequestBody ReviewForm form) {
		UUID id = this.reviews.record(form);
		return ResponseEntity.created(URI.create("/api/v1/regulation/reviews/" + id)).body(this.reviews.get(id));
	}

	@GetMapping("/reviews/{id}")
	@Operation(summary = "One yearly review")
	Review review(@PathVariable UUID id) {
		return this.reviews.get(id);
	}

	record AcknowledgementView(int version, Instant acknowledgedAt) {
	}

	record ReminderView(int version, int reminded) {
	}

	record ReviewsView(LocalDate dueOn, PageView<Review> reviews) {
	}

}
