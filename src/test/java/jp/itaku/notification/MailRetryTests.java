package jp.itaku.notification;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.events.EventPublication;

import static org.assertj.core.api.Assertions.assertThat;

class MailRetryTests {

	private static EventPublication publication(Object event, EventPublication.Status status, int attempts) {
		return new EventPublication() {

			@Override
			public UUID getIdentifier() {
				return UUID.randomUUID();
			}

			@Override
			public Object getEvent() {
				return event;
			}

			@Override
			public Instant getPublicationDate() {
				return Instant.EPOCH;
			}

			@Override
			public Optional<Instant> getCompletionDate() {
				return Optional.empty();
			}

			@Override
			public EventPublication.Status getStatus() {
				return status;
			}

			@Override
			public Instant getLastResubmissionDate() {
				return null;
			}

			@Override
			public int getCompletionAttempts() {
				return attempts;
			}

		};
	}

	private static final NotificationMailDue MAIL = new NotificationMailDue(UUID.randomUUID());

	@Test
	void retriesAFailedMail() {
		assertThat(MailRetry.isFailedMail(publication(MAIL, EventPublication.Status.FAILED, 1))).isTrue();
	}

	@Test
	void leavesAMailThatIsStillBeingSent() {
		assertThat(MailRetry.isFailedMail(publication(MAIL, EventPublication.Status.PROCESSING, 1))).isFalse();
	}

	@Test
	void givesUpAfterTenAttempts() {
		assertThat(MailRetry.isFailedMail(publication(MAIL, EventPublication.Status.FAILED, 10))).isFalse();
	}

	@Test
	void leavesOtherModulesEventsAlone() {
		assertThat(MailRetry.isFailedMail(publication("another event", EventPublication.Status.FAILED, 1))).isFalse();
	}

}
