package jp.itaku.contractreview;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review panel of one contract (契約見直し, 規程 4.3(1) MGT-01) as a page of its own, the
 * same panel the contract page shows as a section, and the form that records a review. A
 * refused review comes back with what the user typed and the reasons.
 */
@Controller
@PreAuthorize(ContractReviewApi.READERS)
class ContractReviewController {

	private static final Pattern ACTION_FIELD = Pattern.compile("actions\\[(\\d+)](\\..+)");

	private final ContractReviews reviews;

	private final ContractReviewPanels panels;

	private final MessageSource messages;

	ContractReviewController(ContractReviews reviews, ContractReviewPanels panels, MessageSource messages) {
		this.reviews = reviews;
		this.panels = panels;
		this.messages = messages;
	}

	@GetMapping("/contracts/{id}/reviews")
	String panel(@PathVariable UUID id, Model model) {
		ReviewPanel panel = this.panels.panel(id);
		model.addAttribute("contract", panel.contract());
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", ReviewForm.empty(panel.today()));
		}
		return "contractreview/panel";
	}

	@PostMapping("/contracts/{id}/reviews")
	@PreAuthorize(ContractReviewApi.RECORDERS)
	String record(@PathVariable UUID id, @RequestParam(required = false) String reviewedOn,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String summary,
			@RequestParam(required = false) List<String> actionWhat,
			@RequestParam(required = false) List<String> actionAssignee,
			@RequestParam(required = false) List<String> actionDueOn, Model model, RedirectAttributes redirect) {
		ReviewForm form = new ReviewForm(reviewedOn, outcome, summary, actionWhat, actionAssignee, actionDueOn);
		List<String> badDates = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		ReviewInput input = form.toInput(badDates, rows);
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			if (!badDates.isEmpty()) {
				badDates.forEach((field) -> errors.put(field, text("contractreview.error.date")));
			}
			else {
				this.reviews.record(id, input);
				redirect.addFlashAttribute("reviewNotice", "contractreview.notice.recorded");
				return "redirect:" + ContractReviews.link(id);
			}
		}
		catch (InvalidInputException ex) {
			ex.errors()
				.forEach((problem) -> errors.put(formField(problem.field(), rows),
						this.messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
								LocaleContextHolder.getLocale())));
		}
		catch (ContractReviewRefused ex) {
			model.addAttribute("refusedPoints", ex.openPoints());
			errors.put("outcome", text(ex.messageKey()));
		}
		catch (ContractNotReviewable ex) {
			errors.put("outcome", text(ex.messageKey()));
		}
		model.addAttribute("reviewErrors", errors);
		model.addAttribute("reviewForm", form);
		return panel(id, model);
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@ExceptionHandler(ConflictException.class)
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

	/** The facade numbers the actions it was given; the form numbers its rows. */
	private static String formField(String field, List<Integer> rows) {
		Matcher matcher = ACTION_FIELD.matcher(field);
		if (matcher.matches()) {
			int index = Integer.parseInt(matcher.group(1));
			int row = (index < rows.size()) ? rows.get(index) : index;
			return "actions[" + row + "]" + matcher.group(2);
		}
		return field;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
