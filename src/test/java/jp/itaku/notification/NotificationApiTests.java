package jp.itaku.notification;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/notifications}: every role that can sign in reads and marks its own
 * notifications, and only its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationApiTests {

	private static final String API = "/api/v1/notifications";

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	UserAccounts accounts;

	@Autowired
	NotificationRepository repository;

	/** An account holding {@code role} with one notification about {@code link}. */
	private String notified(Role role, String link) {
		String username = TestAccounts.unique("na-" + role.name().toLowerCase());
		UUID contractor = (role == Role.CONTRACTOR) ? UUID.randomUUID() : null;
		this.accounts.createLocal(username, username, TestAccounts.PASSWORD, Set.of(role), contractor);
		this.notifications.send(notice(link), List.of(username));
		return username;
	}

	private static Notice notice(String link) {
		return new Notice("regulation-version", "notification.mail.test.subject", "notification.mail.test.body",
				List.of("S01"), link);
	}

	private UUID onlyNotificationOf(String username) {
		return this.repository.findByRecipient(username, Inbox.page(0, 1)).getContent().get(0).getId();
	}

	private static RequestPostProcessor as(String username, Role role) {
		return user(username).roles(role.name());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleListsItsOwnNotifications(Role role) throws Exception {
		String me = notified(role, "/regulation/versions/2");
		notified(Role.MEMBER, "/someone-elses");
		this.mvc.perform(get(API).with(as(me, role)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].link").value("/regulation/versions/2"))
			.andExpect(jsonPath("$.content[0].subject").value("【Itaku】テストメール"))
			.andExpect(jsonPath("$.content[0].read").value(false))
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

	@Test
	void rendersTheTextsInTheCallersLanguage() throws Exception {
		String me = notified(Role.MEMBER, null);
		this.mvc.perform(get(API).with(as(me, Role.MEMBER)).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.content[0].subject").value("[Itaku] Test mail"))
			.andExpect(jsonPath("$.content[0].body").value(containsString("Dear S01,")));
	}

	@Test
	void listsTheNewestFirst() throws Exception {
		String me = notified(Role.MEMBER, "/first");
		this.notifications.send(notice("/second"), List.of(me));
		this.mvc.perform(get(API).with(as(me, Role.MEMBER)))
			.andExpect(jsonPath("$.content[0].link").value("/second"))
			.andExpect(jsonPath("$.content[1].link").value("/first"));
	}

	@Test
	void marksOneReadAndLeavesItOutOfTheUnreadList() throws Exception {
		String me = notified(Role.COMMITTEE, "/approvals");
		UUID id = onlyNotificationOf(me);
		this.mvc.perform(post(API + "/{id}/read", id).with(as(me, Role.COMMITTEE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.read").value(true))
			.andExpect(jsonPath("$.readAt").isNotEmpty());
		this.mvc.perform(get(API).param("unread", "true").with(as(me, Role.COMMITTEE)))
			.andExpect(jsonPath("$.content", hasSize(0)));
		this.mvc.perform(get(API).param("unread", "false").with(as(me, Role.COMMITTEE)))
			.andExpect(jsonPath("$.content", hasSize(1)));
	}

	@Test
	void someoneElsesNotificationIsNotFoundAndStaysUnread() throws Exception {
		String owner = notified(Role.MEMBER, null);
		String other = notified(Role.CONTRACTOR, null);
		UUID id = onlyNotificationOf(owner);
		this.mvc.perform(post(API + "/{id}/read", id).with(as(other, Role.CONTRACTOR)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertUnread(owner, 1);
	}

	@Test
	void marksAllOfTheCallersOwnReadAndNobodyElses() throws Exception {
		String me = notified(Role.AUDITOR, null);
		this.notifications.send(notice(null), List.of(me));
		String other = notified(Role.AUDITOR, null);
		this.mvc.perform(post(API + "/read-all").with(as(me, Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.marked").value(2));
		assertUnread(me, 0);
		assertUnread(other, 1);
	}

	@Test
	void pagesAtMost100() throws Exception {
		String me = notified(Role.MEMBER, null);
		this.mvc.perform(get(API).param("size", "1000").with(as(me, Role.MEMBER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.size").value(100));
	}

	@Test
	void anonymousCallersAreUnauthorized() throws Exception {
		this.mvc.perform(get(API)).andExpect(status().isUnauthorized());
		this.mvc.perform(post(API + "/read-all")).andExpect(status().isUnauthorized());
	}

	private void assertUnread(String username, int count) throws Exception {
		this.mvc.perform(get(API).param("unread", "true").with(user(username).roles("MEMBER")))
			.andExpect(jsonPath("$.page.totalElements").value(count));
	}

}
