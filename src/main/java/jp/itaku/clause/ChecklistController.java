package jp.itaku.clause;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.identity.UserContact;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The required-clause checklist screen (規程 4.2), a whole page or, for htmx, the fragment
 * the contract page and the subcontracting page embed: the coverage at a glance and the
 * items with what the reviewer found. Saving keeps what the user typed when it is
 * refused.
 */
@Controller
@PreAuthorize(ClauseAccess.SIGNED_IN)
class ChecklistController {

	private static final String FRAGMENT = "clause/checklist :: checklist";

	private static final String PAGE = "clause/checklist-page";

	private final ChecklistScreens screens;

	private final ClauseChecklists checklists;

	private final ChecklistCorrections corrections;

	private final UserAccounts users;

	private final ClauseAccess access;

	private final Clock clock;

	ChecklistController(ChecklistScreens screens, ClauseChecklists checklists, ChecklistCorrections corrections,
			UserAccounts users, ClauseAccess access, Clock clock) {
		this.clock = clock;
		this.screens = screens;
		this.checklists = checklists;
		this.corrections = corrections;
		this.users = users;
		this.access = access;
	}

	@GetMapping("/checklists/{subjectType}/{subjectId}")
	String show(@PathVariable String subjectType, @PathVariable UUID subjectId, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		this.access.internalOnly();
		return render(subjectType, subjectId, null, model, htmx);
	}

	@PostMapping("/checklists/{subjectType}/{subjectId}")
	@PreAuthorize(ClauseAccess.RECORDERS)
	String record(@PathVariable String subjectType, @PathVariable UUID subjectId, @RequestParam long version,
			@RequestParam Map<String, String> form, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		this.access.internalOnly();
		Map<String, String[]> typed = typed(form);
		List<ItemFinding> findings = new ArrayList<>();
		typed.forEach((item, input) -> findings.add(new ItemFinding(item,
				input[0].isBlank() ? null : ClauseVerdict.valueOf(input[0]), input[1], input[2])));
		try {
			this.checklists.record(subjectType, subjectId, version, findings);
			model.addAttribute("notice", "clause.notice.saved");
			return render(subjectType, subjectId, null, model, htmx);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.errors());
			return render(subjectType, subjectId, typed, model, htmx);
		}
		catch (ConflictException ex) {
			// what the user typed stays; the latest version comes with the page, so
			// saving
			// again is a deliberate choice after reading the message
			model.addAttribute("problem", ex.messageKey());
			return render(subjectType, subjectId, typed, model, htmx);
		}
	}

	@PostMapping("/checklists/{subjectType}/{subjectId}/corrections")
	@PreAuthorize(ClauseAccess.RECORDERS)
	String openCorrection(@PathVariable String subjectType, @PathVariable UUID subjectId, @RequestParam long version,
			@RequestParam String requirementId, @RequestParam(required = false) String what,
			@RequestParam(required = false) String assignee, @RequestParam(required = false) LocalDate dueOn,
			Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		this.access.internalOnly();
		try {
			this.corrections.open(subjectType, subjectId, version, requirementId, what, assignee, dueOn);
			model.addAttribute("notice", "clause.notice.correctionOpened");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("correctionErrors", ex.errors());
			model.addAttribute("correctionItem", requirementId);
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", ex.messageKey());
		}
		return render(subjectType, subjectId, null, model, htmx);
	}

	private String render(String subjectType, UUID subjectId, Map<String, String[]> typed, Model model, String htmx) {
		model.addAttribute("page", this.screens.page(subjectType, subjectId, typed, LocaleContextHolder.getLocale()));
		model.addAttribute("assignees", assignees());
		model.addAttribute("defaultDue", LocalDate.now(this.clock).plusDays(30));
		model.addAttribute("verdicts", ClauseVerdict.values());
		return (htmx != null) ? FRAGMENT : PAGE;
	}

	private List<UserContact> assignees() {
		return this.users.enabledWithAny(Set.of(Role.MEMBER, Role.COMMITTEE, Role.ADMIN));
	}

	/**
	 * Item → {verdict, article, note} from fields named verdict.N01, article.N01,
	 * note.N01.
	 */
	static Map<String, String[]> typed(Map<String, String> form) {
		Map<String, String[]> typed = new LinkedHashMap<>();
		for (String item : ClauseItems.CONTRACT_ITEMS) {
			String verdict = form.get("verdict." + item);
			if (verdict == null) {
				continue;
			}
			String known = java.util.Arrays.stream(ClauseVerdict.values())
				.map(Enum::name)
				.filter(verdict::equals)
				.findFirst()
				.orElse("");
			typed.put(item, new String[] { known, form.getOrDefault("article." + item, ""),
					form.getOrDefault("note." + item, "") });
		}
		return typed;
	}

}
