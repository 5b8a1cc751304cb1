package jp.itaku.duty;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.identity.UserContact;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a user's open duties as an iCalendar file (RFC 5545): each occurrence once as an
 * all-day VEVENT on its due date, which every calendar application shows, and once as a
 * VTODO with that due date, for those that keep task lists. UIDs name the series and the
 * occurrence, so that a subscribed calendar updates entries instead of doubling them.
 */
@Component
class DutyIcs {

	private static final Role[] INTERNAL = { Role.MEMBER, Role.COMMITTEE, Role.AUDITOR, Role.ADMIN };

	private final DutyRepository duties;

	private final DutyViews views;

	private final UserAccounts accounts;

	private final Clock clock;

	DutyIcs(DutyRepository duties, DutyViews views, UserAccounts accounts, Clock clock) {
		this.duties = duties;
		this.views = views;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The feed of {@code username}, or empty when the account is disabled or no longer
	 * inside the organisation.
	 * @param baseUrl the application's absolute URL, for links back to each duty
	 */
	@Transactional(readOnly = true)
	Optional<String> feedOf(String username, String baseUrl) {
		Optional<UserContact> contact = this.accounts.contact(username);
		if (contact.isEmpty() || List.of(INTERNAL).stream().noneMatch(contact.get().roles()::contains)) {
			return Optional.empty();
		}
		Locale locale = contact.get().languageOr(Locale.JAPANESE);
		boolean committee = contact.get().roles().contains(Role.COMMITTEE);
		List<Duty> open = this.duties.findAll(DutyQuery.openFor(username, committee), Sort.by("dueOn", "id"));
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Itaku//Duties//" + locale.getLanguage().toUpperCase(Locale.ROOT)));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		Instant now = this.clock.instant();
		for (Duty duty : open) {
			DutySummary summary = this.views.summary(duty, locale);
			String uid = "duty-" + duty.getId() + "-" + duty.getOccurrence();
			String description = summary.requirementId() + " · " + summary.kind();
			URI link = URI.create(baseUrl + "/duties/" + duty.getId());
			VEvent event = new VEvent(summary.dueOn(), summary.dueOn().plusDays(1), summary.title());
			event.replace(new DtStamp(now));
			event.add(new Uid(uid + "@itaku"));
			event.add(new Description(description));
			event.add(new Url(link));
			calendar.add(event);
			calendar.add(todo(summary, uid + "-todo@itaku", description, link, now));
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter().output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Optional.of(out.toString());
	}

	/** A task due on the date; no DTSTART, which RFC 5545 would want strictly earlier. */
	private static VToDo todo(DutySummary summary, String uid, String description, URI link, Instant now) {
		VToDo todo = new VToDo();
		LocalDate due = summary.dueOn();
		todo.replace(new DtStamp(now));
		todo.add(new Due<>(due));
		todo.add(new Summary(summary.title()));
		todo.add(new Uid(uid));
		todo.add(new Description(description));
		todo.add(new Url(link));
		return todo;
	}

}
