package jp.itaku.corrective;

import java.util.UUID;

/**
 * A corrective action moved on: started, marked done, verified, or sent back to work
 * because its verification failed.
 *
 * @param action {@code STARTED}, {@code DONE}, {@code VERIFIED} or {@code REJECTED}
 * @param status the status it is in now
 */
public record CorrectiveActionProgressed(UUID actionId, String sourceType, String sourceId, String action,
		CorrectiveActionStatus status, String changes, String actor) implements CorrectiveActionEvent {

}
