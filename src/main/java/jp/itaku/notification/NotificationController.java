package jp.itaku.notification;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jp.itaku.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's notifications (お知らせ): the list, newest first, unread or all; the
 * unread count for the bell in the navigation, loaded by htmx so that pages stay cheap;
 * opening one marks it read and leads to what it is about.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class NotificationController {

	private final Inbox inbox;

	NotificationController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("notifications", this.inbox.mine(unread, Inbox.page(page, Inbox.DEFAULT_SIZE)));
		model.addAttribute("unread", unread);
		model.addAttribute("unreadCount", this.inbox.unreadCount());
		return "notification/list";
	}

	@GetMapping("/notifications/badge")
	String badge(Model model) {
		model.addAttribute("unreadCount", this.inbox.unreadCount());
		return "notification/badge :: badge";
	}

	@PostMapping("/notifications/{id}/read")
	String open(@PathVariable UUID id) {
		NotificationView notification = this.inbox.markRead(id);
		// Notice admits only paths of this application, so this never leads elsewhere
		return "redirect:" + ((notification.link() != null) ? notification.link() : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll(@RequestParam(defaultValue = "false") boolean unread, RedirectAttributes redirect) {
		redirect.addFlashAttribute("marked", this.inbox.markAllRead());
		redirect.addAttribute("unread", unread);
		return "redirect:/notifications";
	}

	/** Someone else's notification is answered as if it did not exist. */
	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
