package jp.itaku.approval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * A request for a committee decision (稟議) on one subject of another module, e.g. a
 * regulation revision (規程の改訂は委員会の審議を経る). It guards its own rules: only committee members
 * decide, never on their own request, once per round; a send-back returns it to the
 * requester, who resubmits a new snapshot or withdraws; after approval, rejection or
 * withdrawal nothing more happens.
 */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "subject_type", nullable = false, length = 60)
	private String subjectType;

	@Column(name = "subject_id", nullable = false, length = 100)
	private String subjectId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 2000)
	private String summary;

	@Column(nullable = false, length = 100)
	private String requester;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ApprovalStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "decision_rule", nullable = false, length = 10)
	private DecisionRule rule;

	/** Members entitled to decide when requested (the committee less the requester). */
	@Column(nullable = false)
	private int voters;

	@Column(name = "current_round", nullable = false)
	private int currentRound;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "approval_round", joinColumns = @JoinColumn(name = "approval_id"))
	@OrderColumn(name = "position")
	private List<ApprovalRound> rounds = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "approval_decision", joinColumns = @JoinColumn(name = "approval_id"))
	@OrderColumn(name = "position")
	private List<ApprovalDecision> decisions = new ArrayList<>();

	@Transient
	private final List<Object> events = new ArrayList<>();

	protected ApprovalRequest() {
	}

	ApprovalRequest(ApprovalSubject subject, String requester, DecisionRule rule, int voters, Instant now) {
		this.id = UUID.randomUUID();
		this.subjectType = subject.type();
		this.subjectId = subject.id();
		this.title = subject.title();
		this.summary = subject.summary();
		this.requester = requester;
		this.rule = rule;
		// an empty committee could never decide; one voter keeps the request decidable
		this.voters = Math.max(1, voters);
		this.requestedAt = now;
		openRound(subject.snapshot(), now);
	}

	/**
	 * Records a committee member's decision and, if it settles the round, the outcome.
	 * @param member the deciding user, who must hold COMMITTEE ({@code committee} true)
	 */
	void decide(String member, boolean committee, Verdict verdict, String comment, Instant now) {
		if (!committee) {
			throw new NotEligibleToDecide("only committee members decide", "approval.error.not-committee");
		}
		if (member.equals(this.requester)) {
			throw new NotEligibleToDecide("nobody decides on their own request", "approval.error.own-request");
		}
		if (this.status != ApprovalStatus.PENDING) {
			throw new ApprovalClosed("request is " + this.status, "approval.error.closed");
		}
		if (hasDecided(member)) {
			throw new ApprovalClosed(member + " already decided in this round", "approval.error.already-decided");
		}
		this.decisions.add(new ApprovalDecision(this.currentRound, member, verdict, comment, now));
		this.updatedAt = now;
		this.events.add(new ApprovalDecisionRecorded(this.id, this.subjectType, this.subjectId, this.currentRound,
				verdict, comment, member));
		settle(verdict, member);
	}

	private void settle(Verdict last, String member) {
		if (last == Verdict.SEND_BACK) {
			this.status = ApprovalStatus.SENT_BACK;
			this.events.add(new ApprovalSentBack(this.id, this.subjectType, this.subjectId, this.currentRound,
					this.requester, member));
			return;
		}
		RoundTally tally = tally();
		if (tally.approved()) {
			this.status = ApprovalStatus.APPROVED;
			this.events.add(new ApprovalGranted(this.id, this.subjectType, this.subjectId, this.currentRound,
					this.requester, member));
		}
		else if (tally.rejected()) {
			this.status = ApprovalStatus.REJECTED;
			this.events.add(new ApprovalRejected(this.id, this.subjectType, this.subjectId, this.currentRound,
					this.requester, member));
		}
	}

	/** The current round's count under this request's rule. */
	RoundTally tally() {
		return RoundTally.of(this.decisions, this.currentRound, this.voters, this.rule);
	}

	/**
	 * Refuses an action taken on a page that showed an earlier round: a decision must be
	 * on the snapshot the member read.
	 * @param round the round the caller saw, or {@code null} when the caller does not say
	 */
	void requireRound(Integer round) {
		if (round != null && round != this.currentRound) {
			throw new ApprovalClosed("round " + round + " is over, now " + this.currentRound,
					"approval.error.stale-round");
		}
	}

	/** The requester puts a sent-back request again, with a new snapshot: a new round. */
	void resubmit(String actor, String snapshot, Instant now) {
		requireRequester(actor);
		if (this.status != ApprovalStatus.SENT_BACK) {
			throw new ApprovalClosed("only a sent-back request is resubmitted", "approval.error.not-sent-back");
		}
		openRound(snapshot, now);
	}

	/** The requester takes back a pending or sent-back request (引戻し). */
	void withdraw(String actor, Instant now) {
		requireRequester(actor);
		if (this.status.isFinal()) {
			throw new ApprovalClosed("request is " + this.status, "approval.error.closed");
		}
		this.status = ApprovalStatus.WITHDRAWN;
		this.updatedAt = now;
		this.events.add(new ApprovalWithdrawn(this.id, this.subjectType, this.subjectId, actor));
	}

	private void openRound(String snapshot, Instant now) {
		this.currentRound++;
		this.rounds.add(new ApprovalRound(this.currentRound, snapshot, now));
		this.status = ApprovalStatus.PENDING;
		this.updatedAt = now;
		this.events.add(new ApprovalRequested(this.id, this.subjectType, this.subjectId, this.currentRound, this.title,
				this.requester));
	}

	private void requireRequester(String actor) {
		if (!this.requester.equals(actor)) {
			throw new NotEligibleToDecide("only the requester may do this", "approval.error.not-requester");
		}
	}

	/** Whether {@code member} already decided in the current round. */
	public boolean hasDecided(String member) {
		return this.decisions.stream()
			.anyMatch((d) -> d.getRound() == this.currentRound && d.getMember().equals(member));
	}

	/** Events recorded since the last call, for the facade to publish. */
	List<Object> takeEvents() {
		List<Object> taken = List.copyOf(this.events);
		this.events.clear();
		return taken;
	}

	public UUID getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getSubjectType() {
		return this.subjectType;
	}

	public String getSubjectId() {
		return this.subjectId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getRequester() {
		return this.requester;
	}

	public ApprovalStatus getStatus() {
		return this.status;
	}

	public DecisionRule getRule() {
		return this.rule;
	}

	public int getVoters() {
		return this.voters;
	}

	public int getCurrentRound() {
		return this.currentRound;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public List<ApprovalRound> getRounds() {
		return List.copyOf(this.rounds);
	}

	public List<ApprovalDecision> getDecisions() {
		return List.copyOf(this.decisions);
	}

}
