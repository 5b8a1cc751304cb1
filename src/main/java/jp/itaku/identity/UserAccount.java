package jp.itaku.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
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
	 * Counts a failed sign-in; after {@code maxAttempts} in a row the account is locked
	 * for {@code lockFor}. Failures while locked do not extend the lock.
	 * @return whether this failure locked the account
	 */
	boolean recordFailedLogin(int maxAttempts, Duration lockFor, Instant now) {
		if (isLockedAt(now)) {
			return false;
		}
		this.failedAttempts++;
		if (this.failedAttempts >= maxAttempts) {
			this.lockedUntil = now.plus(lockFor);
			this.failedAttempts = 0;
			return true;
		}
		return false;
	}

	void recordSuccessfulLogin() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	/** Lifts a lock before it runs out. @return whether the account was locked */
	boolean unlock(Instant now) {
		boolean wasLocked = isLockedAt(now);
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.updatedAt = now;
		return wasLocked;
	}

	void assignContractor(UUID contractorId) {
		this.contractorId = contractorId;
	}

	void describe(String displayName, String email, Instant now) {
		this.displayName = displayName;
		this.email = email;
		this.updatedAt = now;
	}

	/**
	 * Grants exactly these roles. A {@link Role#CONTRACTOR} account must name the one
	 * contractor it represents (規程 8: a contractor sees only its own records).
	 */
	void grant(Set<Role> roles, UUID contractorId, Instant now) {
		if (roles.contains(Role.CONTRACTOR) && contractorId == null) {
			throw new IllegalArgumentException("a contractor account must name its contractor");
		}
		this.roles.clear();
		this.roles.addAll(roles);
		this.contractorId = roles.contains(Role.CONTRACTOR) ? contractorId : null;
		this.updatedAt = now;
	}

	void disable(Instant now) {
		this.enabled = false;
		this.updatedAt = now;
	}

	void enable(Instant now) {
		this.enabled = true;
		this.updatedAt = now;
	}

	void changePasswordHash(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.updatedAt = now;
	}

	void choosePreferences(Locale locale, DateStyle dateStyle, Instant now) {
		this.locale = (locale != null) ? locale.toLanguageTag() : null;
		this.dateStyle = dateStyle;
		this.updatedAt = now;
	}

	void linkExternalSubject(String subject) {
		this.externalSubject = subject;
	}

	boolean hasLocalPassword() {
		return this.passwordHash != null;
	}

	/** The language chosen by the user, or {@code null} to follow the browser. */
	Locale preferredLocale() {
		return (this.locale != null) ? Locale.forLanguageTag(this.locale) : null;
	}

	String getExternalSubject() {
		return this.externalSubject;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
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
