package jp.itaku.notification;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notification screens: the list in Japanese and English, the bell's count, opening
 * one, marking all read.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationScreenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	UserAccounts accounts;

	@Autowired
	NotificationRepository repository;

	private String member() {
		String username = TestAccounts.unique("ns-member");
		this.accounts.createLocal(username, username, TestAccounts.PASSWORD, Set.of(Role.MEMBER), null);
		return username;
	}

	private void tell(String username, String arg, String link) {
		this.notifications.send(new Notice("regulation-version", "notification.mail.test.subject",
				"notification.mail.test.body", List.of(arg), link), List.of(username));
	}

	private UUID onlyNotificationOf(String username) {
		return this.repository.findByRecipient(username, Inbox.page(0, 1)).getContent().get(0).getId();
	}

	@Test
	void listsTheNotificationsInJapaneseByDefault() throws Exception {
		String me = member();
		tell(me, "委員会", "/regulation/versions/2");
		this.mvc.perform(get("/notifications").with(user(me).roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("【Itaku】テストメール"), containsString("委員会 さん"),
					containsString("未読"), containsString("すべて既読にする"))));
	}

	@Test
	void listsTheNotificationsInEnglish() throws Exception {
		String me = member();
		tell(me, "Committee", null);
		this.mvc.perform(get("/notifications").with(user(me).roles("MEMBER")).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("[Itaku] Test mail"), containsString("Dear Committee,"),
					containsString("Mark all as read"))));
	}

	@Test
	void showsMarkupInAnArgumentAsText() throws Exception {
		String me = member();
		tell(me, "<script>alert('S01')</script>", null);
		this.mvc.perform(get("/notifications").with(user(me).roles("MEMBER")))
			.andExpect(content()
				.string(allOf(containsString("&lt;script&gt;alert("), not(containsString("<script>alert(")))));
	}

	@Test
	void theBellCountsTheUnread() throws Exception {
		String me = member();
		tell(me, "S01", null);
		tell(me, "S03", null);
		this.mvc.perform(get("/notifications/badge").with(user(me).roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"notification-count\""), containsString(">2</span>"),
					containsString("未読のお知らせ 2 件"))));
	}

	@Test
	void everyPageLoadsTheBellFromItsFragment() throws Exception {
		this.mvc.perform(get("/notifications").with(user(member()).roles("MEMBER")))
			.andExpect(content().string(containsString("hx-get=\"/notifications/badge\"")));
	}

	@Test
	void openingOneMarksItReadAndLeadsToItsLink() throws Exception {
		String me = member();
		tell(me, "S01", "/regulation/versions/2");
		UUID id = onlyNotificationOf(me);
		this.mvc.perform(post("/notifications/{id}/read", id).with(user(me).roles("MEMBER")).with(csrf()))
			.andExpect(redirectedUrl("/regulation/versions/2"));
		assertThat(this.repository.findById(id).orElseThrow().getReadAt()).isNotNull();
	}

	@Test
	void openingNeedsTheCsrfToken() throws Exception {
		String me = member();
		tell(me, "S01", null);
		UUID id = onlyNotificationOf(me);
		this.mvc.perform(post("/notifications/{id}/read", id).with(user(me).roles("MEMBER")))
			.andExpect(status().isForbidden());
		assertThat(this.repository.findById(id).orElseThrow().getReadAt()).isNull();
	}

	@Test
	void someoneElsesNotificationIsNotFound() throws Exception {
		String owner = member();
		tell(owner, "S01", null);
		UUID id = onlyNotificationOf(owner);
		this.mvc.perform(post("/notifications/{id}/read", id).with(user(member()).roles("MEMBER")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.repository.findById(id).orElseThrow().getReadAt()).isNull();
	}

	@Test
	void marksAllRead() throws Exception {
		String me = member();
		tell(me, "S01", null);
		tell(me, "S03", null);
		this.mvc.perform(post("/notifications/read-all").with(user(me).roles("MEMBER")).with(csrf()))
			.andExpect(redirectedUrl("/notifications?unread=false"))
			.andExpect(flash().attribute("marked", 2));
		this.mvc.perform(get("/notifications").param("unread", "true").with(user(me).roles("MEMBER")))
			.andExpect(content().string(containsString("未読のお知らせはありません。")));
	}

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/notifications")).andExpect(redirectedUrl("/login"));
	}

}
