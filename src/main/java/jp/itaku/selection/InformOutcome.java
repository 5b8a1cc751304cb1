package jp.itaku.selection;

import java.io.Serializable;
import java.util.UUID;

/**
 * What informing a contractor of the criteria in force did (規程 4.1(1) SEL-02).
 *
 * @param contractorId the contractor
 * @param name its name
 * @param informed whether it was informed now (false: it already was)
 * @param accountsNotified how many of its accounts were notified in the app
 * @param mailedTo the address the acknowledgement link was e-mailed to, or {@code null}
 * @param handOverLink the acknowledgement link when it could not be e-mailed, shown this
 * once so that the member passes it on; {@code null} otherwise
 */
public record InformOutcome(UUID contractorId, String name, boolean informed, int accountsNotified, String mailedTo,
		String handOverLink) implements Serializable {

	static InformOutcome already(UUID contractorId, String name) {
		return new InformOutcome(contractorId, name, false, 0, null, null);
	}

}
