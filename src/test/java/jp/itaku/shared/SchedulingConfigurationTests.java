package jp.itaku.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class SchedulingConfigurationTests {

	@Autowired
	LockProvider locks;

	@Autowired
	Clock clock;

	@Test
	void aJobLockHeldByOneNodeIsRefusedToAnother() {
		Optional<SimpleLock> first = this.locks.lock(lock("scheduling-tests-held"));
		Optional<SimpleLock> second = this.locks.lock(lock("scheduling-tests-held"));

		assertThat(first).isPresent();
		assertThat(second).isEmpty();
		first.get().unlock();
	}

	@Test
	void aReleasedJobLockCanBeTakenAgain() {
		this.locks.lock(lock("scheduling-tests-released")).orElseThrow().unlock();

		assertThat(this.locks.lock(lock("scheduling-tests-released"))).isPresent();
	}

	private LockConfiguration lock(String name) {
		return new LockConfiguration(this.clock.instant(), name, Duration.ofMinutes(5), Duration.ZERO);
	}

}
