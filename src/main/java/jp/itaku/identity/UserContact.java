package jp.itaku.identity;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * What other modules may know of an enabled account in order to address its holder: who
 * they are, where to write to them and in which language.
 *
 * @param id the account's id
 * @param username the sign-in name
 * @param displayName the name shown on screens
 * @param email the e-mail address, or {@code null} when none is recorded
 * @param locale the preferred language, or {@code null} to follow the organisation's
 * default (Japanese)
 * @param roles the roles held
 */
public record UserContact(UUID id, String username, String displayName, String email, Locale locale, Set<Role> roles) {

	/** The language to write to this person in: their preference, else Japanese. */
	public Locale languageOr(Locale fallback) {
		return (this.locale != null) ? this.locale : fallback;
	}

	static UserContact of(UserAccount account) {
		String tag = account.getLocale();
		return new UserContact(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
				(tag == null || tag.isBlank()) ? null : Locale.forLanguageTag(tag), Set.copyOf(account.getRoles()));
	}

}
