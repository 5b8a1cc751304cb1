package jp.itaku.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On first start with no users, creates the administrator {@code admin}: with
 * {@code ITAKU_ADMIN_PASSWORD} when set, else with a random password written once to the
 * log. There is no fixed default password.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final String configuredPassword;

	private final ApplicationEventPublisher events;

	InitialAdministrator(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock,
			@Value("${itaku.admin-password:${ITAKU_ADMIN_PASSWORD:}}") String configuredPassword,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
		this.configuredPassword = configuredPassword;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		boolean generated = !StringUtils.hasText(this.configuredPassword);
		String password = generated ? randomPassword() : this.configuredPassword;
		UserAccount admin = new UserAccount("admin", "システム管理者", this.encoder.encode(password), Set.of(Role.ADMIN),
				this.clock.instant());
		this.accounts.save(admin);
		this.events.publishEvent(new UserAccountCreated(admin.getId(), admin.getUsername(), CurrentUsers.SYSTEM,
				"initial administrator; roles: [ADMIN]"));
		if (generated) {
			log.warn("Created the administrator 'admin' with the one-time password: {}  (shown only once; change it"
					+ " after signing in, or set ITAKU_ADMIN_PASSWORD before the first start)", password);
		}
		else {
			log.info("Created the administrator 'admin' with the password from ITAKU_ADMIN_PASSWORD");
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
