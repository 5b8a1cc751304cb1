package jp.itaku.duty;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The private iCalendar feed as a calendar application and its user meet it. */
@SpringBootTest
@AutoConfigureMockMvc
class DutyFeedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Duties duties;

	@Autowired
	UserAccounts accounts;

	@Autowired
	DutyFeeds feeds;

	/** A new member account with one overdue duty of their own; answers its username. */
	private String memberWithADuty() {
		String username = "feed-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createLocal(username, "購読 " + username, "a-long-enough-password", Set.of(Role.MEMBER), null);
		this.duties.schedule(DutyFixtures.reevaluation(DutyOwner.user(username), this.duties.today(), -2));
		return username;
	}

	/**
	 * Turns the feed on (or renews it) through the settings page; answers the feed's
	 * path.
	 */
	private String issue(String username) throws Exception {
		RequestPostProcessor who = user(username).roles("MEMBER");
		String url = (String) this.mvc.perform(post("/duties/feed").with(who).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		return url.substring(url.indexOf("/calendar/"));
	}

	private static List<CalendarComponent> reevaluation(Calendar calendar) {
		List<CalendarComponent> all = calendar.getComponents();
		return all.stream()
			.filter((component) -> component.getProperty(Property.SUMMARY)
				.map(Property::getValue)
				.filter("翠嶺システムズ株式会社 の再評価（基準適合の見直し）"::equals)
				.isPresent())
			.toList();
	}

	private Calendar fetch(String path) throws Exception {
		String body = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new CalendarBuilder().build(new StringReader(body));
	}

	@Test
	void theFeedParsesAndListsTheUsersOpenDutyAsEventAndTask() throws Exception {
		String username = memberWithADuty();
		Calendar calendar = fetch(issue(username));
		// a new member also has the regulation to acknowledge (PUB-01): keep to the
		// re-evaluation
		List<CalendarComponent> components = reevaluation(calendar);
		assertThat(components).extracting(CalendarComponent::getName).containsExactlyInAnyOrder("VEVENT", "VTODO");
	}

	@Test
	void theTaskIsDueOnTheDutysDueDate() throws Exception {
		String username = memberWithADuty();
		Calendar calendar = fetch(issue(username));
		String due = this.duties.today().minusDays(2).toString().replace("-", "");
		List<CalendarComponent> components = reevaluation(calendar);
		assertThat(components).filteredOn((component) -> "VTODO".equals(component.getName()))
			.singleElement()
			.satisfies((todo) -> assertThat(todo.getProperty(Property.DUE).map(Property::getValue)).contains(due));
	}

	@Test
	void theUidsStayTheSameFromOneFetchToTheNext() throws Exception {
		String path = issue(memberWithADuty());
		assertThat(uids(fetch(path))).isEqualTo(uids(fetch(path)));
	}

	@Test
	void aRevokedFeedIsNotFound() throws Exception {
		String username = memberWithADuty();
		String path = issue(username);
		this.mvc.perform(post("/duties/feed/revoke").with(user(username).roles("MEMBER")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	@Test
	void renewingReplacesTheOldUrl() throws Exception {
		String username = memberWithADuty();
		String old = issue(username);
		String renewed = issue(username);
		this.mvc.perform(get(old)).andExpect(status().isNotFound());
		fetch(renewed);
	}

	@Test
	void anUnknownTokenIsNotFound() throws Exception {
		this.mvc.perform(get("/calendar/not-a-token.ics")).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheTokensHashIsStored() throws Exception {
		String username = memberWithADuty();
		String path = issue(username);
		String token = path.substring("/calendar/".length(), path.length() - ".ics".length());
		assertThat(DutyFeeds.hash(token)).hasSize(64).isNotEqualTo(token);
		assertThat(this.feeds.userOf(token)).contains(username);
	}

	private static List<String> uids(Calendar calendar) {
		return calendar.getComponents()
			.stream()
			.map((component) -> ((CalendarComponent) component).getProperty(Property.UID).orElseThrow().getValue())
			.sorted()
			.toList();
	}

}
