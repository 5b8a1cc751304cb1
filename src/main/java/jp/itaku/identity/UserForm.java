package jp.itaku.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.itaku.identity.UserCommands.NewUser;
import jp.itaku.identity.UserCommands.UserChange;

/**
 * The user administration form, for a new account and for a change.
 *
 * @param version the version the form was loaded at (a change only)
 * @param username the login name (a new account only)
 * @param displayName the name shown
 * @param email the e-mail address, optional
 * @param roles the roles to hold
 * @param contractorId the contractor a contractor account represents
 * @param password the initial password (a new account only); empty for a one-time
 * password
 */
record UserForm(Long version, @Pattern(regexp = UserForm.USERNAME) @Size(max = 100) String username,
		@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 320) String email, @NotEmpty Set<Role> roles,
		UUID contractorId, @Size(max = 200) String password) {

	/** Letters, digits and {@code . _ @ -}, 3 to 100 characters. */
	static final String USERNAME = "[A-Za-z0-9._@-]{3,100}";

	static UserForm empty() {
		return new UserForm(null, "", "", "", EnumSet.of(Role.MEMBER), null, "");
	}

	static UserForm of(UserView user) {
		return new UserForm(user.version(), user.username(), user.displayName(), user.email(), user.roles(),
				user.contractorId(), "");
	}

	NewUser toNewUser() {
		return new NewUser(this.username, this.displayName.strip(), this.email, roleSet(), this.contractorId,
				this.password);
	}

	UserChange toChange() {
		return new UserChange((this.version != null) ? this.version : -1, this.displayName.strip(), this.email,
				roleSet(), this.contractorId);
	}

	private Set<Role> roleSet() {
		return (this.roles == null || this.roles.isEmpty()) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

}
