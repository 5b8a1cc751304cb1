package jp.itaku.notification;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.PageView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The caller's own notifications (お知らせ) as JSON, for every account that can sign in,
 * contractor accounts included; someone else's notification answers 404.
 */
@ApiController("/api/v1/notifications")
@PreAuthorize("isAuthenticated()")
@Tag(name = "notifications", description = "お知らせ / the caller's notifications")
class NotificationApi {

	private final Inbox inbox;

	NotificationApi(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	@Operation(summary = "The caller's notifications, newest first",
			description = "unread=true lists only unread ones; subject and body in the caller's language; "
					+ "size 20 by default, at most 100")
	PageView<NotificationView> list(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageView.of(this.inbox.mine(unread, Inbox.page(page, size)));
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Mark one of the caller's notifications read",
			description = "idempotent: the first reading time is kept; 404 for a notification of someone else")
	NotificationView read(@PathVariable UUID id) {
		return this.inbox.markRead(id);
	}

	@PostMapping("/read-all")
	@Operation(summary = "Mark all the caller's unread notifications read", description = "answers how many")
	ReadAll readAll() {
		return new ReadAll(this.inbox.markAllRead());
	}

	/**
	 * How many notifications were marked read.
	 *
	 * @param marked the count
	 */
	record ReadAll(int marked) {
	}

}
