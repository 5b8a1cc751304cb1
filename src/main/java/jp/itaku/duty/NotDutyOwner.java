package jp.itaku.duty;

import org.springframework.security.access.AccessDeniedException;

/**
 * Only a duty's owner, or any committee member for a duty of the committee, completes it
 * by hand (API 403).
 */
public class NotDutyOwner extends AccessDeniedException {

	NotDutyOwner(String message) {
		super(message);
	}

}
