package jp.itaku.duty;

import java.nio.charset.StandardCharsets;

import jp.itaku.identity.CurrentUsers;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The private calendar feed: its settings page, and the feed itself, which a calendar
 * application fetches without signing in, with the secret token in the URL.
 */
@Controller
class DutyFeedController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar",
			java.nio.charset.StandardCharsets.UTF_8);

	private final DutyFeeds feeds;

	private final DutyIcs ics;

	private final CurrentUsers currentUsers;

	DutyFeedController(DutyFeeds feeds, DutyIcs ics, CurrentUsers currentUsers) {
		this.feeds = feeds;
		this.ics = ics;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/duties/feed")
	@PreAuthorize("hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')")
	String settings(Model model) {
		model.addAttribute("issuedAt", this.feeds.issuedAt(this.currentUsers.actorName()).orElse(null));
		return "duty/feed";
	}

	@PostMapping("/duties/feed")
	@PreAuthorize("hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')")
	String issue(RedirectAttributes redirect) {
		String token = this.feeds.issue(this.currentUsers.actorName());
		// the only time the token is shown: it is kept as a hash
		redirect.addFlashAttribute("feedUrl", baseUrl() + "/calendar/" + token + ".ics");
		return "redirect:/duties/feed";
	}

	@PostMapping("/duties/feed/revoke")
	@PreAuthorize("hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')")
	String revoke(RedirectAttributes redirect) {
		this.feeds.revoke(this.currentUsers.actorName());
		redirect.addFlashAttribute("notice", "duty.feed.revoked");
		return "redirect:/duties/feed";
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return this.feeds.userOf(token)
			.flatMap((username) -> this.ics.feedOf(username, baseUrl()))
			.map((body) -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore()).body(body))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
