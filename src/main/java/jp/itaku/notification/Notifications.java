package jp.itaku.notification;

import java.util.Collection;

import org.springframework.stereotype.Service;

/** Placeholder of the notification module's API (replaced by the notification branch). */
@Service
public class Notifications {

	public int send(Notice notice, Collection<String> usernames) {
		return usernames.size();
	}

}
