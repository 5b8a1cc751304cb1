package jp.itaku.regulation;

import java.util.List;

import jp.itaku.identity.CurrentUsers;
import jp.itaku.identity.UserContact;
import jp.itaku.notification.Notice;
import jp.itaku.notification.Notifications;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the regulation's subjects of a version (規程 9 REV-02, REV-03:
 * "その変更内容をすべての対象者に通知"): in the app, and by e-mail when mail is configured, each asked to
 * read and acknowledge it.
 */
@Component
class RevisionNotices {

	static final String KIND_APPROVED = "regulation.version-approved";

	static final String KIND_REMINDER = "regulation.acknowledgement-reminder";

	private final Notifications notifications;

	private final Acknowledgements acknowledgements;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final RegulationDuties duties;

	RevisionNotices(Notifications notifications, Acknowledgements acknowledgements, CurrentUsers currentUsers,
			ApplicationEventPublisher events, RegulationDuties duties) {
		this.duties = duties;
		this.notifications = notifications;
		this.acknowledgements = acknowledgements;
		this.currentUsers = currentUsers;
		this.events = events;
	}

	/**
	 * Tells every subject of a newly approved version and asks each to acknowledge it; it
	 * replaces {@code previous}, which they need no longer acknowledge.
	 */
	void versionApproved(RegulationVersion version, Integer previous) {
		List<UserContact> subjects = this.acknowledgements.subjects();
		for (UserContact subject : subjects) {
			if (previous != null) {
				this.duties.superseded(previous, version.number(), subject);
			}
			this.duties.askToAcknowledge(version, subject, this.duties.today());
		}
		List<String> everyone = usernames(subjects);
		int told = this.notifications.send(new Notice(KIND_APPROVED, "regulation.notice.approved.subject",
				"regulation.notice.approved.body", List.of(String.valueOf(version.number()),
						String.valueOf(version.effectiveOn()), version.changeSummary()),
				link(version)), everyone);
		this.events
			.publishEvent(new SubjectsNotified(version.number(), "NOTIFIED", this.currentUsers.actorName(), told));
	}

	/**
	 * Reminds the subjects who have not acknowledged a version (the committee's action).
	 * @return how many were reminded
	 */
	int remind(RegulationVersion version) {
		List<String> outstanding = usernames(this.acknowledgements.outstanding(version.number()));
		int told = outstanding.isEmpty() ? 0 : this.notifications
			.send(new Notice(KIND_REMINDER, "regulation.notice.reminder.subject", "regulation.notice.reminder.body",
					List.of(String.valueOf(version.number()), String.valueOf(version.effectiveOn())), link(version)),
					outstanding);
		this.events
			.publishEvent(new SubjectsNotified(version.number(), "REMINDED", this.currentUsers.actorName(), told));
		return told;
	}

	private static String link(RegulationVersion version) {
		return "/regulation/versions/" + version.number();
	}

	private static List<String> usernames(List<UserContact> contacts) {
		return contacts.stream().map(UserContact::username).toList();
	}

}
