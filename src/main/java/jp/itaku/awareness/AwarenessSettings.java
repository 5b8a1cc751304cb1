package jp.itaku.awareness;

import java.util.Set;

import jp.itaku.identity.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who must be trained, and for how long a training counts (規程 4.2(1)③ S10, S11).
 *
 * @param validMonths months a person's training of a kind counts after the session
 * (default 12); the committee holds the next session within as many months of the last
 * @param procurementAudience the roles of the staff who procure (S10, default MEMBER)
 * @param supplierContactAudience the roles of the staff who deal with suppliers' people
 * (S11, default MEMBER and COMMITTEE)
 * @param dueSoonDays how many days before a training lapses it shows as due soon
 */
@ConfigurationProperties("itaku.awareness")
public record AwarenessSettings(@DefaultValue("12") int validMonths,
		@DefaultValue("MEMBER") Set<Role> procurementAudience, @DefaultValue( {
				"MEMBER", "COMMITTEE" }) Set<Role> supplierContactAudience,
		@DefaultValue("30") int dueSoonDays){

	public AwarenessSettings {
		if (validMonths < 1 || dueSoonDays < 0) {
			throw new IllegalArgumentException("a training counts for at least one month");
		}
		procurementAudience = Set.copyOf(procurementAudience);
		supplierContactAudience = Set.copyOf(supplierContactAudience);
	}

	/** The roles whose holders must have had training of {@code kind}. */
	public Set<Role> audience(TrainingKind kind) {
		return (kind == TrainingKind.PROCUREMENT) ? this.procurementAudience : this.supplierContactAudience;
	}

}
