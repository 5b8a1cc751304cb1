package jp.itaku.identity;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.itaku.identity.UserCommands.Created;
import jp.itaku.identity.UserCommands.PasswordReset;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 利用者管理: administrators list, create and change accounts and their roles.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	static final int PAGE_SIZE = 20;

	private final UserAdministration users;

	private final UserContractors contractors;

	UserAdminController(UserAdministration users, UserContractors contractors) {
		this.users = users;
		this.contractors = contractors;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "username") String sort, Model model) {
		String property = "displayName".equals(sort) ? "displayName" : "username";
		Page<UserView> result = this.users.search(q,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(property).and(Sort.by("id"))));
		model.addAttribute("users", result);
		model.addAttribute("q", q);
		model.addAttribute("sort", property);
		return "identity/users/list";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		return form(model, UserForm.empty(), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.username() == null || form.username().isBlank()) {
			result.rejectValue("username", "NotBlank");
		}
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		try {
			Created created = this.users.create(form.toNewUser());
			if (created.oneTimePassword() != null) {
				// shown once on this page, never stored in clear or redirected through a
				// URL
				model.addAttribute("user", created.user());
				model.addAttribute("oneTimePassword", created.oneTimePassword());
				return "identity/users/password";
			}
			redirect.addFlashAttribute("notice", "identity.user.created");
			return "redirect:/admin/users/" + created.user().id();
		}
		catch (InvalidInputException ex) {
			reject(result, ex);
			return form(model, form, null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		UserView user = this.users.get(id);
		return form(model, UserForm.of(user), user);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UserView user = this.users.get(id);
		if (result.hasErrors()) {
			return form(model, form, user);
		}
		try {
			this.users.update(id, form.toChange());
			redirect.addFlashAttribute("notice", "identity.user.saved");
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidInputException ex) {
			reject(result, ex);
		}
		catch (ConflictException ex) {
			// keep what the administrator typed; they reload to see the other change
			model.addAttribute("conflict", ex.messageKey());
		}
		return form(model, form, user);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "identity.user.disabled", () -> this.users.disable(id, version));
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "identity.user.enabled", () -> this.users.enable(id, version));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "identity.user.unlocked", () -> this.users.unlock(id, version));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "") String password, Model model, RedirectAttributes redirect) {
		try {
			PasswordReset reset = this.users.resetPassword(id, version, password);
			if (reset.oneTimePassword() != null) {
				model.addAttribute("user", reset.user());
				model.addAttribute("oneTimePassword", reset.oneTimePassword());
				return "identity/users/password";
			}
			redirect.addFlashAttribute("notice", "identity.user.passwordReset");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("passwordErrors",
					ex.errors().stream().map(InvalidInputException.FieldProblem::messageKey).toList());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("conflict", ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	/** htmx: the contractors matching what the administrator types. */
	@GetMapping("/contractor-options")
	String contractorOptions(@RequestParam(defaultValue = "") String contractorQuery, Model model) {
		String text = (contractorQuery.length() > 100) ? contractorQuery.substring(0, 100) : contractorQuery;
		model.addAttribute("options", text.isBlank() ? List.of() : this.contractors.search(text, 20));
		return "identity/users/form :: contractorOptions";
	}

	private String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("conflict", ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	private String form(Model model, UserForm form, UserView user) {
		model.addAttribute("userForm", form);
		model.addAttribute("user", user);
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("directoryAvailable", this.contractors.available());
		model.addAttribute("contractorName", this.contractors.nameOf(form.contractorId()));
		return "identity/users/form";
	}

	private static void reject(BindingResult result, InvalidInputException ex) {
		ex.errors()
			.forEach((error) -> result.rejectValue(error.field(), error.messageKey(), error.arguments(),
					error.messageKey()));
	}

}
