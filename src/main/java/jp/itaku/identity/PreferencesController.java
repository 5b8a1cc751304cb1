package jp.itaku.identity;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.itaku.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 個人設定: every signed-in user chooses their language and date display, and changes their
 * own password.
 */
@Controller
@RequestMapping("/preferences")
@PreAuthorize("isAuthenticated()")
class PreferencesController {

	private final Preferences preferences;

	private final CurrentUsers currentUsers;

	private final SessionPrincipals sessions;

	private final Clock clock;

	PreferencesController(Preferences preferences, CurrentUsers currentUsers, SessionPrincipals sessions, Clock clock) {
		this.preferences = preferences;
		this.currentUsers = currentUsers;
		this.sessions = sessions;
		this.clock = clock;
	}

	@GetMapping
	String show(Model model) {
		UserAccount account = this.preferences.of(this.currentUsers.current());
		Locale locale = account.preferredLocale();
		model.addAttribute("preferencesForm",
				new PreferencesForm((locale != null) ? locale.getLanguage() : "", account.getDateStyle()));
		model.addAttribute("passwordForm", new PasswordForm(null, null, null));
		return page(model, account);
	}

	@PostMapping
	String choose(@Valid @ModelAttribute("preferencesForm") PreferencesForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			model.addAttribute("passwordForm", new PasswordForm(null, null, null));
			return page(model, this.preferences.of(this.currentUsers.current()));
		}
		UserAccount account = this.preferences.choose(this.currentUsers.current(), form.locale(), form.dateStyle());
		this.sessions.refresh(account, request, response);
		return "redirect:/preferences?saved";
	}

	/**
	 * The navigation bar's language switch: stores the choice and returns to the page.
	 */
	@PostMapping("/language")
	String switchLanguage(@RequestParam @Pattern(regexp = "ja|en") String language,
			@RequestHeader(name = "Referer", required = false) String referer, HttpServletRequest request,
			HttpServletResponse response) {
		CurrentUser user = this.currentUsers.current();
		UserAccount current = this.preferences.of(user);
		Locale chosen = ItakuLocaleResolver.supported(Locale.forLanguageTag(language));
		UserAccount account = this.preferences.choose(user, chosen, current.getDateStyle());
		this.sessions.refresh(account, request, response);
		return "redirect:" + returnPath(referer);
	}

	@PostMapping("/password")
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model) {
		UserAccount account = this.preferences.of(this.currentUsers.current());
		if (!result.hasErrors() && !form.newPassword().equals(form.confirmation())) {
			result.rejectValue("confirmation", "identity.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.preferences.changePassword(this.currentUsers.current(), form.currentPassword(),
						form.newPassword());
				return "redirect:/preferences?passwordChanged";
			}
			catch (InvalidInputException ex) {
				ex.errors()
					.forEach((error) -> result.rejectValue(error.field(), error.messageKey(), error.arguments(),
							error.messageKey()));
			}
		}
		Locale locale = account.preferredLocale();
		model.addAttribute("preferencesForm",
				new PreferencesForm((locale != null) ? locale.getLanguage() : "", account.getDateStyle()));
		return page(model, account);
	}

	private String page(Model model, UserAccount account) {
		model.addAttribute("account", account.getUsername());
		model.addAttribute("displayName", account.getDisplayName());
		model.addAttribute("roles", account.getRoles().stream().sorted().toList());
		model.addAttribute("localPassword", account.hasLocalPassword());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "identity/preferences";
	}

	/**
	 * The path (and query) of the page the switch was used on, so that the switch returns
	 * there but can never redirect to another site.
	 */
	static String returnPath(String referer) {
		if (referer == null) {
			return "/";
		}
		try {
			URI uri = URI.create(referer);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return "/";
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

	/**
	 * The preferences form.
	 *
	 * @param language {@code ja}, {@code en}, or empty to follow the browser
	 * @param dateStyle ISO or 和暦
	 */
	record PreferencesForm(@Pattern(regexp = "ja|en|") String language, @NotNull DateStyle dateStyle) {

		Locale locale() {
			return (this.language == null || this.language.isEmpty()) ? null : Locale.forLanguageTag(this.language);
		}

	}

	/**
	 * The password change form.
	 */
	record PasswordForm(@NotNull @Size(max = 200) String currentPassword,
			@NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = 200) String newPassword,
			@NotNull @Size(max = 200) String confirmation) {
	}

}
