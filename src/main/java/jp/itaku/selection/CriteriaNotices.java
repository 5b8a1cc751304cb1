package jp.itaku.selection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.identity.UserContact;
import jp.itaku.notification.Notice;
import jp.itaku.notification.Notifications;
import jp.itaku.shared.ConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making the criteria known to contractors (規程 4.1(1) SEL-02: 選定基準を委託先に周知する): each active
 * contractor is informed of the version in force, through its own accounts (in-app
 * notification and, when mail is configured, e-mail with a link), and acknowledges it on
 * the page that shows the criteria.
 */
@Service
@Transactional
public class CriteriaNotices {

	/** The statuses whose contractors must know the criteria. */
	public static final Set<ContractorStatus> ACTIVE = EnumSet.of(ContractorStatus.CANDIDATE, ContractorStatus.SELECTED,
			ContractorStatus.CONTRACTED, ContractorStatus.SUSPENDED);

	static final String RECORD_TYPE = "selection-notice";

	static final String LINK = "/selection/criteria/current";

	private final CriteriaNoticeRepository notices;

	private final SelectionCriteria criteria;

	private final ReEvaluations reEvaluations;

	private final Contractors contractors;

	private final UserAccounts accounts;

	private final Notifications notifications;

	private final CurrentUsers users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AcknowledgementLinks links;

	CriteriaNotices(CriteriaNoticeRepository notices, SelectionCriteria criteria, ReEvaluations reEvaluations,
			Contractors contractors, UserAccounts accounts, Notifications notifications, CurrentUsers users,
			ApplicationEventPublisher events, Clock clock, AcknowledgementLinks links) {
		this.links = links;
		this.notices = notices;
		this.criteria = criteria;
		this.reEvaluations = reEvaluations;
		this.contractors = contractors;
		this.accounts = accounts;
		this.notifications = notifications;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** The active contractors not yet informed of the version in force. */
	@Transactional(readOnly = true)
	public List<NotInformed> notInformed() {
		CriteriaVersion version = inForce();
		Set<UUID> informed = this.notices.informedOf(version.getId());
		return this.reEvaluations.contractorsIn(ACTIVE)
			.stream()
			.filter((contractor) -> !informed.contains(contractor.getId()))
			.map((contractor) -> new NotInformed(contractor.getId(), contractor.getName(), contractor.getStatus(),
					this.accounts.enabledOfContractor(contractor.getId()).size()))
			.toList();
	}

	/**
	 * Informs the contractor of the version in force, notifying its accounts; one without
	 * an enabled account gets an acknowledgement link by e-mail to its primary contact,
	 * or the member gets the link to pass on when it cannot be mailed. Informing it twice
	 * changes nothing.
	 * @return what was done
	 */
	public InformOutcome inform(ContractorId id) {
		Contractor contractor = this.contractors.get(id);
		CriteriaVersion version = inForce();
		if (this.notices.existsById(new CriteriaNotice.Key(version.getId(), id.value()))) {
			return InformOutcome.already(id.value(), contractor.getName());
		}
		String actor = this.users.actorName();
		this.notices.save(new CriteriaNotice(version.getId(), id.value(), actor, this.clock.instant()));
		List<String> usernames = this.accounts.enabledOfContractor(id.value())
			.stream()
			.filter((account) -> account.roles().contains(Role.CONTRACTOR))
			.map(UserContact::username)
			.toList();
		int notified = this.notifications.send(new Notice("selection-criteria", "selection.notice.subject",
				"selection.notice.body", List.of(String.valueOf(version.getNumber()), version.getTitle()), LINK),
				usernames);
		this.events.publishEvent(new SelectionEvent(RECORD_TYPE, id.toString(), "INFORMED", actor,
				"criteria version: " + version.getNumber() + "; accounts notified: " + notified));
		if (!usernames.isEmpty()) {
			return new InformOutcome(id.value(), contractor.getName(), true, notified, null, null);
		}
		AcknowledgementLinks.Issued issued = this.links.issue(contractor, version, actor);
		return new InformOutcome(id.value(), contractor.getName(), true, 0, issued.mailedTo(), issued.handOverLink());
	}

	/**
	 * Informs every active contractor not yet informed. @return what was done for each
	 */
	public List<InformOutcome> informAll() {
		return notInformed().stream().map((row) -> inform(new ContractorId(row.contractorId()))).toList();
	}

	/**
	 * The caller, a contractor's account, acknowledges the version in force (counted as
	 * informed too when it found the criteria before being told).
	 */
	public NoticeView acknowledge() {
		UUID contractorId = this.users.current()
			.contractorScope()
			.orElseThrow(() -> new ConflictException("not a contractor account", "selection.error.notContractor"));
		CriteriaVersion version = inForce();
		String actor = this.users.actorName();
		CriteriaNotice notice = this.notices.findById(new CriteriaNotice.Key(version.getId(), contractorId))
			.orElseGet(() -> new CriteriaNotice(version.getId(), contractorId, actor, this.clock.instant()));
		if (notice.acknowledge(actor, this.clock.instant())) {
			this.notices.save(notice);
			this.events.publishEvent(new SelectionEvent(RECORD_TYPE, contractorId.toString(), "ACKNOWLEDGED", actor,
					"criteria version: " + version.getNumber()));
		}
		return notice.view(version.getNumber());
	}

	/**
	 * When the caller's company acknowledged the version in force, if the caller is a
	 * contractor's account and it has.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<java.time.Instant> acknowledgedByCaller() {
		return this.users.current()
			.contractorScope()
			.flatMap((contractorId) -> this.criteria.inForceVersion()
				.flatMap((version) -> this.notices.findById(new CriteriaNotice.Key(version.getId(), contractorId))))
			.map(CriteriaNotice::getAcknowledgedAt);
	}

	/** The contractor's notices, the latest first. */
	@Transactional(readOnly = true)
	public List<NoticeView> of(ContractorId id) {
		this.contractors.get(id);
		List<NoticeView> views = new ArrayList<>();
		for (CriteriaNotice notice : this.notices.findByContractorIdOrderByInformedAtDesc(id.value())) {
			views.add(notice.view(this.criteria.load(notice.getCriteriaVersionId()).getNumber()));
		}
		return views;
	}

	private CriteriaVersion inForce() {
		return this.criteria.inForceVersion()
			.orElseThrow(() -> new ConflictException("no criteria in force", "selection.error.noneInForce"));
	}

}
