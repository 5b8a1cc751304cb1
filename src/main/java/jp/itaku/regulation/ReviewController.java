package jp.itaku.regulation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.JapaneseDates;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The yearly review of the regulation (年次見直し, 規程 9 REV-03): when the next is due, the
 * reviews recorded, and the committee's form to record one.
 */
@Controller
@RequestMapping("/regulation/reviews")
@PreAuthorize(RegulationViews.SUBJECTS)
class ReviewController {

	private final Reviews reviews;

	private final ChangeRequests changeRequests;

	private final Clock clock;

	ReviewController(Reviews reviews, ChangeRequests changeRequests, Clock clock) {
		this.reviews = reviews;
		this.changeRequests = changeRequests;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("reviews", this.reviews.list(RevisionPaging.of(page, 20)));
		model.addAttribute("dueOn", this.reviews.dueOn().orElse(null));
		model.addAttribute("lastReviewedOn", this.reviews.lastReviewedOn().orElse(null));
		model.addAttribute("outcomes", ReviewOutcome.values());
		model.addAttribute("recentRequests",
				this.changeRequests.list(null, false, RevisionPaging.newestFirst(0, 50))
					.map(ChangeRequestView::summary)
					.getContent());
		if (!model.containsAttribute("reviewedOn")) {
			model.addAttribute("reviewedOn", LocalDate.now(this.clock));
		}
		return "regulation/reviews";
	}

	@PostMapping
	@PreAuthorize("hasRole('COMMITTEE')")
	String record(@RequestParam(required = false) String reviewedOn,
			@RequestParam(required = false) ReviewOutcome outcome, @RequestParam(required = false) String summary,
			@RequestParam(required = false) List<UUID> changeRequests, Model model, RedirectAttributes redirect) {
		try {
			// 和暦 or ISO, as typed; an unreadable date is refused like a missing one
			this.reviews.record(new ReviewForm(readDate(reviewedOn), outcome, summary, changeRequests));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.errors());
			model.addAttribute("reviewedOn", reviewedOn);
			model.addAttribute("outcome", outcome);
			model.addAttribute("summary", summary);
			model.addAttribute("selectedRequests", (changeRequests != null) ? changeRequests : List.of());
			return list(0, model);
		}
		redirect.addFlashAttribute("notice", "regulation.review.notice.recorded");
		return "redirect:/regulation/reviews";
	}

	private static LocalDate readDate(String text) {
		try {
			return (text == null || text.isBlank()) ? null : JapaneseDates.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
