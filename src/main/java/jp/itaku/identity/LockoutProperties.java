package jp.itaku.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How repeated failed sign-ins lock an account.
 *
 * @param maxAttempts failed sign-ins in a row that lock the account (default 5)
 * @param duration how long the lock lasts (default 15 minutes)
 */
@ConfigurationProperties("itaku.security.lockout")
public record LockoutProperties(@DefaultValue("5") int maxAttempts, @DefaultValue("15m") Duration duration) {

	public LockoutProperties {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("itaku.security.lockout.max-attempts must be at least 1");
		}
	}

}
