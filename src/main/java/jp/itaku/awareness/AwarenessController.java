package jp.itaku.awareness;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The awareness training screens (意識向上訓練, S10, S11): the sessions (filters and paging on
 * the server), recording one, a session's attendees, and who stands where.
 */
@Controller
@PreAuthorize(AwarenessRoles.READERS)
class AwarenessController {

	private static final int PAGE_SIZE = 20;

	private final TrainingSessions sessions;

	private final TrainingAudience audience;

	AwarenessController(TrainingSessions sessions, TrainingAudience audience) {
		this.sessions = sessions;
		this.audience = audience;
	}

	@GetMapping("/awareness")
	String list(@RequestParam(required = false) TrainingKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restore) {
		TrainingQuery query = new TrainingQuery(kind, from, to);
		model.addAttribute("query", query);
		model.addAttribute("kinds", TrainingKind.values());
		model.addAttribute("sessions", this.sessions.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("heldOn"), Sort.Order.asc("id")))));
		return (htmx != null && restore == null) ? "awareness/list :: results" : "awareness/list";
	}

	@GetMapping("/awareness/standing")
	String standing(@RequestParam(defaultValue = "PROCUREMENT") TrainingKind kind, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", TrainingKind.values());
		model.addAttribute("people", this.audience.standing(kind));
		return "awareness/standing";
	}

	@GetMapping("/awareness/new")
	@PreAuthorize(AwarenessRoles.RECORDERS)
	String create(@RequestParam(defaultValue = "PROCUREMENT") TrainingKind kind, Model model) {
		model.addAttribute("form", TrainingForm.blank(kind));
		return renderForm(model);
	}

	@PostMapping("/awareness")
	@PreAuthorize(AwarenessRoles.RECORDERS)
	String record(@ModelAttribute("form") TrainingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return renderForm(model);
		}
		try {
			TrainingSessionView view = this.sessions.record(form.input());
			redirect.addFlashAttribute("notice", "awareness.notice.recorded");
			return "redirect:/awareness/" + view.id();
		}
		catch (InvalidInputException ex) {
			// say beside each field what was refused, keeping what was typed
			ex.errors()
				.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
						problem.messageKey()));
			return renderForm(model);
		}
	}

	@GetMapping("/awareness/{id}")
	String detail(@PathVariable UUID id, Model model) {
		TrainingSessionView view = this.sessions.get(id);
		model.addAttribute("view", view);
		model.addAttribute("candidates", this.audience.standing(view.kind())
			.stream()
			.filter((person) -> view.attendees().stream().noneMatch((a) -> a.username().equals(person.username())))
			.toList());
		return "awareness/detail";
	}

	@PostMapping("/awareness/{id}/attendees")
	@PreAuthorize(AwarenessRoles.RECORDERS)
	String attend(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(name = "usernames", required = false) List<String> usernames, Model model,
			RedirectAttributes redirect) {
		try {
			this.sessions.attend(id, version, usernames);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.errors());
			return detail(id, model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
			return "redirect:/awareness/" + id;
		}
		redirect.addFlashAttribute("notice", "awareness.notice.attended");
		return "redirect:/awareness/" + id;
	}

	@PostMapping("/awareness/{id}/confirmation")
	@PreAuthorize(AwarenessRoles.RECORDERS)
	String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
		this.sessions.confirmOwn(id);
		redirect.addFlashAttribute("notice", "awareness.notice.confirmed");
		return "redirect:/awareness/" + id;
	}

	private String renderForm(Model model) {
		TrainingForm form = (TrainingForm) model.getAttribute("form");
		TrainingKind kind = (form != null && form.kind() != null) ? form.kind() : TrainingKind.PROCUREMENT;
		model.addAttribute("kinds", TrainingKind.values());
		model.addAttribute("candidates", this.audience.standing(kind));
		return "awareness/form";
	}

}
