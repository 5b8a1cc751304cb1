package jp.itaku.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import jp.itaku.corrective.CorrectionSource;
import jp.itaku.corrective.CorrectiveActions;
import jp.itaku.identity.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Opens the demo corrective actions (是正処置, 規程 4.1; SEL-04) by hand on demo contractors,
 * due relative to the day the demo is loaded: one overdue, one in progress, one done and
 * awaiting verification by someone other than its assignee.
 */
final class DemoCorrectiveActions {

	private final CorrectiveActions actions;

	private final Clock clock;

	DemoCorrectiveActions(CorrectiveActions actions, Clock clock) {
		this.actions = actions;
		this.clock = clock;
	}

	/** Opens the demo actions; returns how many. */
	int load(DemoContractorIds contractors) {
		LocalDate today = LocalDate.now(this.clock);
		open(contractors, "suirei-sys", "委託業務に従事する要員の情報セキュリティ教育記録を提出させる", "member", today.minusDays(12));
		UUID inProgress = open(contractors, "kamome-dc", "データセンター入退室記録の月次提出を契約に追加する", "member2", today.plusDays(20));
		DemoActors.as("member2", Role.MEMBER, () -> this.actions.start(inProgress, 0));
		UUID done = open(contractors, "hikari-payroll", "給与データ受け渡し用の共有フォルダのアクセス権を棚卸しさせる", "member", today.plusDays(7));
		DemoActors.as("member", Role.MEMBER, () -> this.actions.start(done, 0));
		DemoActors.as("member", Role.MEMBER,
				() -> this.actions.markDone(done, 1, "棚卸し結果の報告書を受領し、不要なアカウント 3 件の削除を確認した。"));
		return 3;
	}

	private UUID open(DemoContractorIds contractors, String key, String what, String assignee, LocalDate dueOn) {
		UUID contractorId = contractors.of(key).value();
		CorrectionSource source = new CorrectionSource(CorrectionSource.MANUAL, UUID.randomUUID().toString(), "SEL-04",
				"/contractors/" + contractorId);
		return DemoActors.as("committee", Role.MEMBER,
				() -> this.actions.open(source, contractorId, what, assignee, dueOn));
	}

}
