package jp.itaku.identity;

import java.io.Serial;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in through single sign-on, linked to their local account record (which
 * holds their roles' contractor and their preferences).
 */
final class ItakuOidcUser extends DefaultOidcUser implements ItakuPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID userId;

	private final String username;

	private final UUID contractorId;

	private final String displayName;

	private final Locale preferredLocale;

	private final DateStyle dateStyle;

	private ItakuOidcUser(OidcUser user, UserAccount account) {
		super(account.getRoles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList(),
				user.getIdToken(), user.getUserInfo());
		this.userId = account.getId();
		this.username = account.getUsername();
		this.contractorId = account.getContractorId();
		this.displayName = account.getDisplayName();
		this.preferredLocale = account.preferredLocale();
		this.dateStyle = account.getDateStyle();
	}

	static ItakuOidcUser of(OidcUser user, UserAccount account) {
		return new ItakuOidcUser(user, account);
	}

	/** The same user with the account's current preferences. */
	ItakuOidcUser refreshed(UserAccount account) {
		return new ItakuOidcUser(this, account);
	}

	@Override
	public String getName() {
		return this.username;
	}

	@Override
	public UUID userId() {
		return this.userId;
	}

	@Override
	public UUID contractorId() {
		return this.contractorId;
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	@Override
	public Locale preferredLocale() {
		return this.preferredLocale;
	}

	@Override
	public DateStyle dateStyle() {
		return this.dateStyle;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
