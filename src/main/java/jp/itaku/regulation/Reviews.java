package jp.itaku.regulation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.identity.CurrentUsers;
import jp.itaku.identity.Role;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import jp.itaku.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's yearly review of the whole regulation (年次見直し, 規程 9 REV-03): recorded
 * with its outcome and the change requests it led to; the next is due a configurable
 * number of months (12) after the last, or after version 1 was approved when none is
 * recorded yet.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

	private static final String SELECT = "SELECT id, reviewed_on, version_number, outcome, summary, recorded_by,"
			+ " recorded_at FROM regulation_review";

	private final JdbcClient jdbc;

	private final Regulation regulation;

	private final ChangeRequestRepository changeRequests;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int intervalMonths;

	private final RegulationDuties duties;

	Reviews(JdbcClient jdbc, Regulation regulation, ChangeRequestRepository changeRequests, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock,
			@Value("${itaku.regulation.review-interval-months:12}") int intervalMonths, RegulationDuties duties) {
		this.duties = duties;
		this.jdbc = jdbc;
		this.regulation = regulation;
		this.changeRequests = changeRequests;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
		this.intervalMonths = intervalMonths;
	}

	/** Records a review; committee members only. */
	@Transactional
	public UUID record(ReviewForm form) {
		if (!this.currentUsers.current().has(Role.COMMITTEE)) {
			throw new AccessDeniedException("only the committee records its review");
		}
		List<UUID> led = check(form);
		RegulationVersion reviewed = this.regulation.inForce().orElseThrow();
		UUID id = UUID.randomUUID();
		String actor = this.currentUsers.actorName();
		this.jdbc
			.sql("INSERT INTO regulation_review (id, reviewed_on, version_number, outcome, summary, recorded_by,"
					+ " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(id, Date.valueOf(form.reviewedOn()), reviewed.number(), form.outcome().name(),
					form.summary().strip(), actor, this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		for (UUID changeRequest : led) {
			this.jdbc.sql("INSERT INTO regulation_review_change (review_id, change_request_id) VALUES (?, ?)")
				.params(id, changeRequest)
				.update();
		}
		this.events.publishEvent(new ReviewRecorded(id, actor, "reviewed on: " + form.reviewedOn() + "; version: "
				+ reviewed.number() + "; outcome: " + form.outcome() + "; change requests: " + led));
		dueOn().ifPresent((next) -> this.duties.reviewRecorded(form.reviewedOn(), next));
		return id;
	}

	/** The reviews, latest first. */
	Page<Review> list(Pageable pageable) {
		List<Review> reviews = this.jdbc.sql(SELECT + " ORDER BY reviewed_on DESC, recorded_at DESC LIMIT ? OFFSET ?")
			.params(pageable.getPageSize(), pageable.getOffset())
			.query(Reviews::review)
			.list()
			.stream()
			.map(this::withChangeRequests)
			.toList();
		long total = this.jdbc.sql("SELECT COUNT(*) FROM regulation_review").query(Long.class).single();
		return new PageImpl<>(reviews, pageable, total);
	}

	Review get(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE id = ?")
			.param(id)
			.query(Reviews::review)
			.optional()
			.map(this::withChangeRequests)
			.orElseThrow(() -> new NotFoundException("review " + id));
	}

	private static Review review(ResultSet rs, int row) throws SQLException {
		return new Review(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(), rs.getInt(3),
				ReviewOutcome.valueOf(rs.getString(4)), rs.getString(5), List.of(), rs.getString(6),
				rs.getObject(7, OffsetDateTime.class).toInstant());
	}

	/** The latest review, if any was recorded. */
	public Optional<LocalDate> lastReviewedOn() {
		return this.jdbc.sql("SELECT reviewed_on FROM regulation_review ORDER BY reviewed_on DESC LIMIT 1")
			.query((rs, row) -> rs.getDate(1).toLocalDate())
			.optional();
	}

	/**
	 * When the next yearly review is due: the interval after the last, or after version 1
	 * was approved while none is recorded.
	 */
	public Optional<LocalDate> dueOn() {
		Optional<LocalDate> from = lastReviewedOn().or(() -> this.regulation.versions()
			.stream()
			.map(RegulationVersion::approvedOn)
			.filter((d) -> d != null)
			.min(LocalDate::compareTo));
		return from.map((date) -> date.plusMonths(this.intervalMonths));
	}

	private Review withChangeRequests(Review review) {
		List<UUID> led = this.jdbc.sql(
				"SELECT change_request_id FROM regulation_review_change WHERE review_id = ? ORDER BY change_request_id")
			.param(review.id())
			.query(UUID.class)
			.list();
		return new Review(review.id(), review.reviewedOn(), review.versionNumber(), review.outcome(), review.summary(),
				led, review.recordedBy(), review.recordedAt());
	}

	private List<UUID> check(ReviewForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock);
		if (form.reviewedOn() == null || form.reviewedOn().isAfter(today)) {
			problems.add(new FieldProblem("reviewedOn", "regulation.review.error.date"));
		}
		if (form.outcome() == null) {
			problems.add(new FieldProblem("outcome", "regulation.review.error.outcome"));
		}
		if (form.summary() == null || form.summary().isBlank() || form.summary().length() > ReviewForm.MAX_SUMMARY) {
			problems.add(new FieldProblem("summary", "regulation.review.error.summary",
					new Object[] { ReviewForm.MAX_SUMMARY }));
		}
		List<UUID> led = new ArrayList<>(
				new LinkedHashSet<>((form.changeRequests() != null) ? form.changeRequests() : List.of()));
		if (form.outcome() == ReviewOutcome.CHANGES_REQUESTED && led.isEmpty()) {
			problems.add(new FieldProblem("changeRequests", "regulation.review.error.changes-needed"));
		}
		if (form.outcome() == ReviewOutcome.NO_CHANGE && !led.isEmpty()) {
			problems.add(new FieldProblem("changeRequests", "regulation.review.error.no-change-with-requests"));
		}
		if (led.stream().anyMatch((id) -> !this.changeRequests.existsById(id))) {
			problems.add(new FieldProblem("changeRequests", "regulation.review.error.unknown-request"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return led;
	}

}
