package jp.itaku.regulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.identity.CurrentUsers;
import jp.itaku.regulation.RegulationText.Section;
import jp.itaku.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the regulation kept in the database, with their sections and
 * requirements (規程 9 改訂). Version 1 is loaded from the shipped text at first start.
 */
@Service
@Transactional(readOnly = true)
public class Regulation {

	static final String TEXT = "regulation/外部委託先管理規程.txt";

	static final String INITIAL_APPROVER = "初版（システム導入時の登録）";

	private static final String VERSION_COLUMNS = "number, status, approved_on, effective_on, approver, approval_id, change_summary";

	private static final String APPROVED = "APPROVED";

	private final JdbcClient jdbc;

	private final Requirements requirements;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final LocalDate initialApprovedOn;

	Regulation(JdbcClient jdbc, Requirements requirements, Clock clock, ApplicationEventPublisher events,
			@Value("${itaku.regulation.initial-approved-on:}") String initialApprovedOn) {
		this.initialApprovedOn = initialApprovedOn.isBlank() ? null : LocalDate.parse(initialApprovedOn.strip());
		this.jdbc = jdbc;
		this.requirements = requirements;
		this.clock = clock;
		this.events = events;
	}

	/** Every version, newest first, each with its status today. */
	public List<RegulationVersion> versions() {
		return VersionStatuses.on(today(), stored());
	}

	/**
	 * The version in force today: the approved version with the latest effective date
	 * that has come (規程 9 REV-01).
	 */
	public Optional<RegulationVersion> inForce() {
		return VersionStatuses.inForce(today(), stored());
	}

	public RegulationVersion get(int number) {
		return versions().stream()
			.filter((version) -> version.number() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No regulation version " + number));
	}

	private List<RegulationVersion> stored() {
		return this.jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM regulation_version ORDER BY number DESC")
			.query(Regulation::version)
			.list();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The sections of a version, in the order of the text. */
	public List<Section> sections(int number) {
		return this.jdbc.sql(
				"SELECT number, heading, body, position FROM regulation_section WHERE version_number = ? ORDER BY position")
			.param(number)
			.query((rs, row) -> new Section(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	/**
	 * The whole text of a version as a change request edits it: one heading line (number,
	 * tab, heading) before each section's text.
	 */
	public String textOf(int number) {
		return RegulationText.render(sections(number));
	}

	/** The requirements a version holds, in the order of the regulation. */
	public List<Requirement> requirements(int number) {
		return this.jdbc
			.sql("SELECT id, section, kind, text_ja, iso27001 FROM regulation_requirement"
					+ " WHERE version_number = ? ORDER BY position")
			.param(number)
			.query((rs, row) -> new Requirement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/**
	 * Loads version 1 from the shipped text and catalogue, unless a version exists:
	 * approved and in force from {@code itaku.regulation.initial-approved-on} (ISO date),
	 * else from today. When two nodes start together, the second insert breaks the
	 * primary key on the version number and its transaction rolls back, leaving the
	 * first.
	 * @return whether this call loaded it
	 */
	@Transactional
	boolean loadInitialIfNone() {
		if (countVersions() > 0) {
			return false;
		}
		LocalDate today = LocalDate.now(this.clock);
		// an organisation adopting Itaku has usually approved its regulation before
		LocalDate approved = (this.initialApprovedOn != null && !this.initialApprovedOn.isAfter(today))
				? this.initialApprovedOn : today;
		insert(new RegulationVersion(1, RegulationVersion.Status.IN_FORCE, approved, approved, INITIAL_APPROVER, null,
				"初版"), RegulationText.parse(shippedText()), this.requirements.all());
		this.events.publishEvent(new RegulationVersionRecorded(1, CurrentUsers.SYSTEM,
				"status: IN_FORCE; approved and effective: " + approved + "; loaded from " + TEXT));
		return true;
	}

	/**
	 * Records a draft of the next version (internal for now: the revision workflow comes
	 * later).
	 */
	@Transactional
	RegulationVersion createDraft(String actor, String changeSummary, List<Section> sections,
			List<Requirement> requirements) {
		Integer last = this.jdbc.sql("SELECT MAX(number) FROM regulation_version").query(Integer.class).single();
		RegulationVersion draft = new RegulationVersion((last != null) ? last + 1 : 1, RegulationVersion.Status.DRAFT,
				null, null, "", null, changeSummary);
		insert(draft, sections, requirements);
		this.events.publishEvent(
				new RegulationVersionRecorded(draft.number(), actor, "status: DRAFT; summary: " + changeSummary));
		return draft;
	}

	/**
	 * Records the next version as the committee approved it (規程 9 REV-01, REV-02): its
	 * sections from the approved text, its requirements carried over from the version it
	 * revises.
	 * @return the new version
	 */
	@Transactional
	RegulationVersion recordApproved(String actor, ApprovedRevision revision) {
		Integer last = this.jdbc.sql("SELECT MAX(number) FROM regulation_version").query(Integer.class).single();
		RegulationVersion approved = new RegulationVersion((last != null) ? last + 1 : 1,
				RegulationVersion.Status.SCHEDULED, revision.approvedOn(), revision.effectiveOn(), revision.approver(),
				revision.approvalId(), revision.changeSummary());
		insert(approved, RegulationText.parse(revision.text()), requirements(revision.baseVersion()));
		this.events.publishEvent(new RegulationVersionRecorded(approved.number(), actor,
				"status: APPROVED; approved: " + revision.approvedOn() + "; effective: " + revision.effectiveOn()
						+ "; approval: " + revision.approvalId() + "; summary: " + revision.changeSummary()));
		return get(approved.number());
	}

	int countVersions() {
		return this.jdbc.sql("SELECT COUNT(*) FROM regulation_version").query(Integer.class).single();
	}

	private void insert(RegulationVersion version, List<Section> sections, List<Requirement> requirements) {
		this.jdbc
			.sql("INSERT INTO regulation_version (" + VERSION_COLUMNS + ", created_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(version.number(), (version.status() == RegulationVersion.Status.DRAFT) ? "DRAFT" : APPROVED,
					date(version.approvedOn()), date(version.effectiveOn()), version.approver(), version.approvalId(),
					version.changeSummary(), Timestamp.from(this.clock.instant()))
			.update();
		for (Section section : sections) {
			this.jdbc
				.sql("INSERT INTO regulation_section (version_number, number, heading, body, position)"
						+ " VALUES (?, ?, ?, ?, ?)")
				.params(version.number(), section.number(), section.heading(), section.text(), section.position())
				.update();
		}
		int position = 0;
		for (Requirement requirement : requirements) {
			this.jdbc.sql("INSERT INTO regulation_requirement"
					+ " (version_number, id, section, kind, text_ja, iso27001, position) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(version.number(), requirement.id(), requirement.section(), requirement.kind(),
						requirement.textJa(), requirement.iso27001(), ++position)
				.update();
		}
	}

	static String shippedText() {
		try {
			return new ClassPathResource(TEXT).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + TEXT, ex);
		}
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static RegulationVersion version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Date approved = rs.getDate(3);
		Date effective = rs.getDate(4);
		// the stored status says approved or draft; which approved version is in force is
		// computed from the dates
		RegulationVersion.Status status = APPROVED.equals(rs.getString(2)) ? RegulationVersion.Status.SUPERSEDED
				: RegulationVersion.Status.DRAFT;
		return new RegulationVersion(rs.getInt(1), status, (approved != null) ? approved.toLocalDate() : null,
				(effective != null) ? effective.toLocalDate() : null, rs.getString(5), rs.getObject(6, UUID.class),
				rs.getString(7));
	}

}
