package jp.itaku.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.itaku.awareness.TrainingInput;
import jp.itaku.awareness.TrainingKind;
import jp.itaku.awareness.TrainingSessions;
import jp.itaku.identity.Role;

/**
 * Records the demo awareness sessions (意識向上訓練, S10, S11) relative to the day the demo is
 * loaded: the procurement training ten months ago, which every member holds (the
 * committee's members are members too: S10 OK); the training on dealing with contractors'
 * people thirteen months ago, which has lapsed for member and committee and was never
 * given to member2 and committee2 (S11 GAP).
 */
final class DemoAwareness {

	private final TrainingSessions sessions;

	private final Clock clock;

	DemoAwareness(TrainingSessions sessions, Clock clock) {
		this.sessions = sessions;
		this.clock = clock;
	}

	/** Records the demo sessions; returns how many. */
	int load() {
		LocalDate today = LocalDate.now(this.clock);
		record(new TrainingInput(TrainingKind.PROCUREMENT, "委託先管理規程と調達手順の説明会", today.minusMonths(10), "情報セキュリティ委員会 事務局",
				"規程 4.1 の選定基準、4.2 の契約の必須条項、再委託の事前承認の手順を説明し、選定評価の記入例を演習した。",
				List.of("member", "member2", "committee", "committee2")));
		record(new TrainingInput(TrainingKind.SUPPLIER_CONTACT, "委託先の要員と接する際の行動規則", today.minusMonths(13),
				"情報セキュリティ委員会 事務局", "委託先の来訪時の入館手続き、秘密情報の受け渡し方法、私的な依頼の禁止、インシデントの連絡経路を確認した。",
				List.of("member", "committee")));
		return 2;
	}

	private void record(TrainingInput input) {
		DemoActors.as("committee", Role.COMMITTEE, () -> this.sessions.record(input));
	}

}
