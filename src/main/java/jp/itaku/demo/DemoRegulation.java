package jp.itaku.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jp.itaku.identity.Role;
import jp.itaku.regulation.Acknowledgements;
import jp.itaku.regulation.ChangeRequestForm;
import jp.itaku.regulation.ChangeRequests;
import jp.itaku.regulation.Regulation;
import jp.itaku.regulation.RegulationVersion;
import jp.itaku.regulation.ReviewForm;
import jp.itaku.regulation.ReviewOutcome;
import jp.itaku.regulation.Reviews;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The regulation's demo state (規程 8, 9), each step done as the demo user who would do it:
 * the committee and the administrator have acknowledged version 1, the members and the
 * auditor have not (PUB-01 shows the gap); the last yearly review was 13 months ago
 * (REV-03 is overdue); and a member's change request awaits the committee (REV-02).
 */
final class DemoRegulation {

	static final List<String> ACKNOWLEDGED = List.of("committee", "committee2", "admin");

	private final Regulation regulation;

	private final Acknowledgements acknowledgements;

	private final Reviews reviews;

	private final ChangeRequests changeRequests;

	private final Clock clock;

	DemoRegulation(Regulation regulation, Acknowledgements acknowledgements, Reviews reviews,
			ChangeRequests changeRequests, Clock clock) {
		this.regulation = regulation;
		this.acknowledgements = acknowledgements;
		this.reviews = reviews;
		this.changeRequests = changeRequests;
		this.clock = clock;
	}

	void load() {
		RegulationVersion inForce = this.regulation.inForce().orElseThrow();
		for (String username : ACKNOWLEDGED) {
			Role role = "admin".equals(username) ? Role.ADMIN : Role.COMMITTEE;
			as(username, role, () -> this.acknowledgements.acknowledge(inForce.number()));
		}
		LocalDate lastReview = LocalDate.now(this.clock).minusMonths(13);
		as("committee", Role.COMMITTEE, () -> this.reviews.record(new ReviewForm(lastReview, ReviewOutcome.NO_CHANGE,
				"規程全体を審議した。委託先の状況に大きな変化はなく、現行の内容で適切と判断した。", List.of())));
		String text = this.regulation.textOf(inForce.number())
			.replace("本規程の遵守事項を守れない状況が発生した場合は", "本規程の遵守事項を守れない状況が発生した場合は、発生を知った日から5営業日以内に");
		as("member2", Role.MEMBER, () -> this.changeRequests
			.file(new ChangeRequestForm("例外事項の報告期限を明記する", "例外の報告が遅れる事例が続いたため、報告期限を規程に明記したい。", text, null, null)));
	}

	/** Does one step signed in as a demo user, as the audit trail then records. */
	private static void as(String username, Role role, Supplier<?> step) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList(role.authority())));
		SecurityContextHolder.setContext(context);
		try {
			step.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
