package jp.itaku.notification;

import java.util.UUID;

/**
 * One notification is to be e-mailed to its recipient once its transaction has committed.
 * Kept in the event publication registry until the mail has gone, so that a mail lost to
 * a failure or a restart is sent later.
 *
 * @param notificationId the notification to send
 */
record NotificationMailDue(UUID notificationId) {
}
