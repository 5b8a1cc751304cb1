package jp.itaku.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UserAccountTests {

	static final Instant NOW = Instant.parse("2024-04-01T00:00:00Z");

	static final Duration LOCK = Duration.ofMinutes(15);

	@Test
	void theFifthFailureInARowLocksForTheConfiguredDuration() {
		UserAccount account = member();
		for (int i = 0; i < 4; i++) {
			assertThat(account.recordFailedLogin(5, LOCK, NOW)).isFalse();
		}
		assertThat(account.recordFailedLogin(5, LOCK, NOW)).isTrue();
		assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
	}

	@Test
	void theLockRunsOutByItself() {
		UserAccount account = member();
		for (int i = 0; i < 5; i++) {
			account.recordFailedLogin(5, LOCK, NOW);
		}
		assertThat(account.isLockedAt(NOW.plus(LOCK))).isFalse();
	}

	@Test
	void failuresWhileLockedDoNotExtendTheLock() {
		UserAccount account = member();
		for (int i = 0; i < 5; i++) {
			account.recordFailedLogin(5, LOCK, NOW);
		}
		for (int i = 0; i < 10; i++) {
			assertThat(account.recordFailedLogin(5, LOCK, NOW.plus(Duration.ofMinutes(10)))).isFalse();
		}
		assertThat(account.getLockedUntil()).isEqualTo(NOW.plus(LOCK));
	}

	@Test
	void unlockReportsWhetherTheAccountWasLocked() {
		UserAccount account = member();
		assertThat(account.unlock(NOW)).isFalse();
		for (int i = 0; i < 5; i++) {
			account.recordFailedLogin(5, LOCK, NOW);
		}
		assertThat(account.unlock(NOW)).isTrue();
		assertThat(account.isLockedAt(NOW)).isFalse();
	}

	@Test
	void aContractorAccountMustNameItsContractor() {
		UserAccount account = member();
		assertThatIllegalArgumentException().isThrownBy(() -> account.grant(EnumSet.of(Role.CONTRACTOR), null, NOW));
	}

	@Test
	void losingTheContractorRoleForgetsTheContractor() {
		UserAccount account = member();
		account.grant(EnumSet.of(Role.CONTRACTOR), UUID.randomUUID(), NOW);
		account.grant(EnumSet.of(Role.MEMBER), UUID.randomUUID(), NOW);
		assertThat(account.getContractorId()).isNull();
	}

	private static UserAccount member() {
		return new UserAccount("member", "会員", "{noop}x", Set.of(Role.MEMBER), NOW);
	}

}
