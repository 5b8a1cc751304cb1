package jp.itaku.approval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.itaku.identity.CurrentUser;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.identity.UserContact;

import org.springframework.stereotype.Component;

/**
 * Turns requests into what the caller may see and do: the history with the members'
 * names, the rule's progress, the link to the subject and which actions are open to them.
 */
@Component
class ApprovalViews {

	private final SubjectLinks links;

	private final UserAccounts accounts;

	ApprovalViews(SubjectLinks links, UserAccounts accounts) {
		this.links = links;
		this.accounts = accounts;
	}

	ApprovalView view(ApprovalRequest request, CurrentUser caller) {
		boolean requester = caller.username().equals(request.getRequester());
		ApprovalStatus status = request.getStatus();
		// 規程 6: the committee decides, never the requester on their own request
		boolean canDecide = caller.has(Role.COMMITTEE) && !requester && status == ApprovalStatus.PENDING
				&& !request.hasDecided(caller.username());
		boolean canWithdraw = requester && !status.isFinal();
		boolean sentBackToCaller = requester && status == ApprovalStatus.SENT_BACK;
		boolean amendAtSubject = sentBackToCaller && this.links.amendedInItsModule(request.getSubjectType());
		Map<String, String> names = new HashMap<>();
		List<ApprovalView.RoundView> rounds = request.getRounds()
			.stream()
			.map((round) -> new ApprovalView.RoundView(round.getNumber(), round.getSnapshot(), round.getSubmittedAt(),
					request.getDecisions()
						.stream()
						.filter((d) -> d.getRound() == round.getNumber())
						.map((d) -> new ApprovalView.DecisionView(d.getMember(), nameOf(d.getMember(), names),
								d.getVerdict(), d.getComment(), d.getDecidedAt()))
						.toList()))
			.toList();
		RoundTally tally = request.tally();
		long stillNeeded = (status == ApprovalStatus.PENDING) ? tally.stillNeeded() : 0;
		return new ApprovalView(request.getId(), request.getVersion(), request.getSubjectType(), request.getSubjectId(),
				link(request), request.getTitle(), request.getSummary(), request.getRequester(),
				nameOf(request.getRequester(), names), status, request.getRule(), request.getVoters(), tally.needed(),
				stillNeeded, request.getCurrentRound(), request.getRequestedAt(), request.getUpdatedAt(), rounds,
				canDecide, canWithdraw, sentBackToCaller && !amendAtSubject, amendAtSubject);
	}

	ApprovalSummary summary(ApprovalRequest request) {
		return new ApprovalSummary(request.getId(), request.getSubjectType(), request.getSubjectId(), link(request),
				request.getTitle(), request.getRequester(), request.getStatus(), request.getCurrentRound(),
				request.getUpdatedAt());
	}

	private String link(ApprovalRequest request) {
		return this.links.linkFor(request.getSubjectType(), request.getSubjectId());
	}

	// a member who has since left keeps their user name in the history
	private String nameOf(String username, Map<String, String> names) {
		return names.computeIfAbsent(username,
				(name) -> this.accounts.contact(name).map(UserContact::displayName).orElse(name));
	}

}
