package jp.itaku.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who signs in to Itaku, with their roles and preferences.
 */
@Entity
@Table(name = "app_user")
class UserAccount {

	@Id
	private UUID id;

	private String username;

	private String displayName;

	private String email;

	private String passwordHash;

	private boolean enabled;

	private int failedAttempts;

	private Instant lockedUntil;

	private UUID contractorId;

	private String locale;

	@Enumerated(EnumType.STRING)
	private DateStyle dateStyle = DateStyle.ISO;

	private String externalSubject;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.createdAt = now;
		this.updatedAt = now;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/**
	 * Counts a failed sign-in; after {@code maxAttempts} the account is locked for
	 * {@code lockFor}.
	 */
	void recordFailedLogin(int maxAttempts, java.time.Duration lockFor, Instant now) {
		this.failedAttempts++;
		if (this.failedAttempts >= maxAttempts) {
			this.lockedUntil = now.plus(lockFor);
			this.failedAttempts = 0;
		}
	}

	void recordSuccessfulLogin() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void assignContractor(UUID contractorId) {
		this.contractorId = contractorId;
	}

	UUID getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getEmail() {
		return this.email;
	}

	void setEmail(String email) {
		this.email = email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	int getFailedAttempts() {
		return this.failedAttempts;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

	UUID getContractorId() {
		return this.contractorId;
	}

	String getLocale() {
		return this.locale;
	}

	DateStyle getDateStyle() {
		return this.dateStyle;
	}

	Set<Role> getRoles() {
		return this.roles;
	}

	long getVersion() {
		return this.version;
	}

}
