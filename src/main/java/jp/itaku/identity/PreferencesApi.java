package jp.itaku.identity;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.itaku.shared.ApiController;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The caller's own preferences as JSON: language, date display, password.
 */
@ApiController("/api/v1/preferences")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Preferences", description = "個人設定 (the caller's own account)")
class PreferencesApi {

	private final Preferences preferences;

	private final CurrentUsers currentUsers;

	PreferencesApi(Preferences preferences, CurrentUsers currentUsers) {
		this.preferences = preferences;
		this.currentUsers = currentUsers;
	}

	@GetMapping
	@Operation(summary = "The caller's preferences")
	PreferencesView get() {
		return PreferencesView.of(this.preferences.of(this.currentUsers.current()));
	}

	@PutMapping
	@Operation(summary = "Choose the language (ja, en, or null to follow the browser) and the date display")
	PreferencesView choose(@Valid @RequestBody PreferencesRequest request) {
		Locale locale = (request.language() != null) ? Locale.forLanguageTag(request.language()) : null;
		return PreferencesView.of(this.preferences.choose(this.currentUsers.current(), locale, request.dateStyle()));
	}

	@PostMapping("/password")
	@Operation(summary = "Change the caller's own password; the current one is required")
	ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChangeRequest request) {
		this.preferences.changePassword(this.currentUsers.current(), request.currentPassword(), request.newPassword());
		return ResponseEntity.noContent().build();
	}

	record PreferencesRequest(@Pattern(regexp = "ja|en") String language, @NotNull DateStyle dateStyle) {
	}

	record PasswordChangeRequest(@NotNull @Size(max = 200) String currentPassword,
			@NotNull @Size(max = 200) String newPassword) {
	}

	/**
	 * The caller's account and preferences.
	 *
	 * @param username the login name
	 * @param displayName the name shown
	 * @param roles the roles held
	 * @param language {@code ja}, {@code en}, or {@code null} when following the browser
	 * @param dateStyle ISO or WAREKI
	 */
	record PreferencesView(String username, String displayName, List<Role> roles, String language,
			DateStyle dateStyle) {

		static PreferencesView of(UserAccount account) {
			Locale locale = account.preferredLocale();
			return new PreferencesView(account.getUsername(), account.getDisplayName(),
					account.getRoles().stream().sorted().toList(), (locale != null) ? locale.getLanguage() : null,
					account.getDateStyle());
		}

	}

}
