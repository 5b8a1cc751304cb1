package jp.itaku.notification;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One notification as its recipient reads it, in their language.
 *
 * @param id the notification's id
 * @param kind what sort of notice it is
 * @param subject the subject, rendered
 * @param body the body, rendered
 * @param link the application path it is about, or {@code null}
 * @param createdAt when it was sent
 * @param readAt when its recipient first opened it, or {@code null} while unread
 * @param read whether it has been read
 */
record NotificationView(UUID id, String kind, String subject, String body, String link, Instant createdAt,
		Instant readAt, boolean read) {

	static NotificationView of(Notification notification, NoticeTexts texts, Locale locale) {
		return new NotificationView(notification.getId(), notification.getKind(), texts.subject(notification, locale),
				texts.body(notification, locale), notification.getLink(), notification.getCreatedAt(),
				notification.getReadAt(), notification.getReadAt() != null);
	}

}
