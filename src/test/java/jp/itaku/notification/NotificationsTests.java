package jp.itaku.notification;

import java.util.Arrays;
import java.util.List;

import jp.itaku.audittrail.AuditEntryView;
import jp.itaku.audittrail.AuditTrail;
import jp.itaku.audittrail.AuditTrailQuery;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Notifications#send}: one in-app notification per enabled recipient, nobody else;
 * without a mail server (the default) nothing is queued for e-mail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationRepository repository;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcTemplate jdbc;

	private TestAccounts accounts;

	@BeforeEach
	void accounts() {
		this.accounts = new TestAccounts(this.mvc);
	}

	private static Notice revision(String link) {
		return new Notice("regulation-version", "notification.mail.test.subject", "notification.mail.test.body",
				List.of("S01"), link);
	}

	private List<Notification> held(String username) {
		return this.repository.findByRecipient(username, Inbox.page(0, 100)).getContent();
	}

	@Test
	void storesOneNotificationPerEnabledRecipient() throws Exception {
		String member = this.accounts.create("nt-member", false, Role.MEMBER);
		String committee = this.accounts.create("nt-committee", true, Role.COMMITTEE);

		int notified = this.notifications.send(revision("/regulation/versions/2"), List.of(member, committee));

		assertThat(notified).isEqualTo(2);
		assertThat(held(member)).singleElement().satisfies((notification) -> {
			assertThat(notification.getKind()).isEqualTo("regulation-version");
			assertThat(notification.getArgs()).containsExactly("S01");
			assertThat(notification.getLink()).isEqualTo("/regulation/versions/2");
			assertThat(notification.getReadAt()).isNull();
		});
		assertThat(held(committee)).hasSize(1);
	}

	@Test
	void skipsUnknownAndDisabledAccounts() throws Exception {
		String member = this.accounts.create("nt-kept", false, Role.MEMBER);
		String gone = this.accounts.create("nt-gone", false, Role.MEMBER);
		this.accounts.disable(gone);

		int notified = this.notifications.send(revision(null),
				Arrays.asList(member, gone, "nt-nobody-" + member, null, " "));

		assertThat(notified).isEqualTo(1);
		assertThat(held(member)).hasSize(1);
		assertThat(held(gone)).isEmpty();
	}

	@Test
	void notifiesSomeoneNamedTwiceOnce() throws Exception {
		String member = this.accounts.create("nt-twice", false, Role.MEMBER);
		assertThat(this.notifications.send(revision(null), List.of(member, member))).isEqualTo(1);
		assertThat(held(member)).hasSize(1);
	}

	@Test
	void recordsEachSendInTheAuditTrail() throws Exception {
		String member = this.accounts.create("nt-audit", false, Role.MEMBER);
		String link = "/regulation/versions/" + member;
		this.notifications.send(revision(link), List.of(member));

		List<AuditEntryView> entries = this.auditTrail
			.search(new AuditTrailQuery("notification", link, null, null, null), PageRequest.of(0, 10))
			.getContent();
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("SENT");
			assertThat(entry.changes()).contains("regulation-version").contains("recipients: 1");
		});
	}

	@Test
	void withoutAMailServerOnlyInAppNotificationsAreMade() throws Exception {
		String member = this.accounts.create("nt-nomail", true, Role.MEMBER);

		this.notifications.send(revision(null), List.of(member));

		assertThat(held(member)).singleElement()
			.satisfies((notification) -> assertThat(notification.getEmailedAt()).isNull());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from event_publication where event_type like '%NotificationMailDue%'", Long.class))
			.isZero();
	}

}
