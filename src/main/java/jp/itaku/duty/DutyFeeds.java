package jp.itaku.duty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private calendar feeds: a secret random token in the feed's URL stands for its user,
 * since calendar applications cannot sign in. Renewing replaces the token, revoking
 * removes it; either way the old URL stops working at once.
 */
@Service
class DutyFeeds {

	private static final int TOKEN_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final DutyFeedRepository feeds;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DutyFeeds(DutyFeedRepository feeds, ApplicationEventPublisher events, Clock clock) {
		this.feeds = feeds;
		this.events = events;
		this.clock = clock;
	}

	/** When {@code username}'s feed was issued, if it is on. */
	@Transactional(readOnly = true)
	Optional<Instant> issuedAt(String username) {
		return this.feeds.findById(username).map(DutyFeed::getIssuedAt);
	}

	/**
	 * Turns the feed on or renews it.
	 * @return the new secret token, shown to its user once and stored only as a hash
	 */
	@Transactional
	String issue(String username) {
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Optional<DutyFeed> existing = this.feeds.findById(username);
		existing.ifPresentOrElse((feed) -> feed.renew(hash(token), now),
				() -> this.feeds.save(new DutyFeed(username, hash(token), now)));
		this.events.publishEvent(new DutyFeedChanged(username, existing.isPresent() ? "RENEWED" : "ISSUED", username));
		return token;
	}

	/** Turns the feed off; its URL answers 404 from now on. */
	@Transactional
	void revoke(String username) {
		this.feeds.findById(username).ifPresent((feed) -> {
			this.feeds.delete(feed);
			this.events.publishEvent(new DutyFeedChanged(username, "REVOKED", username));
		});
	}

	/** The user a token stands for, if it is a live one. */
	@Transactional(readOnly = true)
	Optional<String> userOf(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.feeds.findByTokenHash(hash(token)).map(DutyFeed::getUsername);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

}
