package jp.itaku.notification;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own notifications, for the screens and the API: nobody sees or
 * changes anyone else's (someone else's answers as not found). Reading is not audited;
 * its time is kept on the notification.
 */
@Service
@Transactional
class Inbox {

	static final int MAX_SIZE = 100;

	static final int DEFAULT_SIZE = 20;

	private final NotificationRepository notifications;

	private final NoticeTexts texts;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	Inbox(NotificationRepository notifications, NoticeTexts texts, CurrentUsers currentUsers, Clock clock) {
		this.notifications = notifications;
		this.texts = texts;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/** Newest first; the id ends the sort so that paging is stable. */
	static Pageable page(int page, int size) {
		int bounded = Math.min(Math.max(size, 1), MAX_SIZE);
		return PageRequest.of(Math.max(page, 0), bounded, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
	}

	@Transactional(readOnly = true)
	Page<NotificationView> mine(boolean unreadOnly, Pageable pageable) {
		String me = me();
		Page<Notification> found = unreadOnly ? this.notifications.findByRecipientAndReadAtIsNull(me, pageable)
				: this.notifications.findByRecipient(me, pageable);
		Locale locale = LocaleContextHolder.getLocale();
		return found.map((notification) -> NotificationView.of(notification, this.texts, locale));
	}

	@Transactional(readOnly = true)
	long unreadCount() {
		return this.notifications.countByRecipientAndReadAtIsNull(me());
	}

	/** Marks one of the caller's notifications read and answers it. */
	NotificationView markRead(UUID id) {
		Notification notification = this.notifications.findByIdAndRecipient(id, me())
			.orElseThrow(() -> new NotFoundException("no notification " + id + " for the caller"));
		notification.markRead(this.clock.instant());
		return NotificationView.of(notification, this.texts, LocaleContextHolder.getLocale());
	}

	/** Marks all the caller's unread notifications read; answers how many. */
	int markAllRead() {
		return this.notifications.markAllRead(me(), this.clock.instant());
	}

	private String me() {
		return this.currentUsers.current().username();
	}

}
