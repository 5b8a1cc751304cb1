package jp.itaku.notification;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a notification's subject and body in one reader's language. A key no bundle
 * knows shows as itself rather than failing the whole list.
 */
@Component
class NoticeTexts {

	private final MessageSource messages;

	NoticeTexts(MessageSource messages) {
		this.messages = messages;
	}

	String subject(Notification notification, Locale locale) {
		return render(notification.getSubjectKey(), notification, locale);
	}

	String body(Notification notification, Locale locale) {
		return render(notification.getBodyKey(), notification, locale);
	}

	String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	private String render(String key, Notification notification, Locale locale) {
		return this.messages.getMessage(key, notification.getArgs().toArray(), key, locale);
	}

}
