package jp.itaku.duty;

import jp.itaku.SignedIn;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jp.itaku.duty.Recurrence.Basis;
import jp.itaku.identity.Role;

/** Duties as a registering module would plan them, each with its own key. */
final class DutyFixtures {

	private DutyFixtures() {
	}

	/**
	 * A yearly contractor re-evaluation (SEL-04) due {@code dueInDays} from today, with 7
	 * days' grace.
	 */
	static DutyPlan reevaluation(DutyOwner owner, LocalDate today, int dueInDays) {
		return reevaluation(owner, today, dueInDays, "SEL-04");
	}

	static DutyPlan reevaluation(DutyOwner owner, LocalDate today, int dueInDays, String requirementId) {
		return DutyPlan
			.of(new DutyKey("contractor-reevaluation", "contractor", UUID.randomUUID().toString()), requirementId,
					owner, "duty.demo.contractor-reevaluation", List.of("翠嶺システムズ株式会社"), "/contractors",
					Recurrence.every(12, ChronoUnit.MONTHS, Basis.DUE_DATE), today.plusDays(dueInDays))
			.withGraceDays(7);
	}

	/** Runs {@code action} signed in as {@code username} with {@code roles}. */
	static <T> T as(String username, Supplier<T> action, Role... roles) {
		return SignedIn.as(username, action, roles);
	}

}
