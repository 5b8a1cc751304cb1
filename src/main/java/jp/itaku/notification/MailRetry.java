package jp.itaku.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries failed notification mails again every {@code itaku.mail.retry-interval}, so that
 * a mail server that was down for a while does not need a restart of the application; one
 * node does it (ShedLock). A mail that failed {@value #MAX_ATTEMPTS} times (an address
 * the server refuses, say) is left to the next restart and the in-app notification.
 */
@Component
class MailRetry {

	static final int MAX_ATTEMPTS = 10;

	private final IncompleteEventPublications publications;

	MailRetry(IncompleteEventPublications publications) {
		this.publications = publications;
	}

	@Scheduled(initialDelayString = "${itaku.mail.retry-interval:10m}",
			fixedDelayString = "${itaku.mail.retry-interval:10m}")
	@SchedulerLock(name = "notification-mail-retry")
	void retryFailedMails() {
		this.publications.resubmitIncompletePublications(MailRetry::isFailedMail);
	}

	static boolean isFailedMail(EventPublication publication) {
		return publication.getEvent() instanceof NotificationMailDue
				&& publication.getStatus() == EventPublication.Status.FAILED
				&& publication.getCompletionAttempts() < MAX_ATTEMPTS;
	}

}
