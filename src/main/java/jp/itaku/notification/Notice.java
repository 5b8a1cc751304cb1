package jp.itaku.notification;

import java.util.List;

/** Placeholder of the notification module's API (replaced by the notification branch). */
public record Notice(String kind, String subjectKey, String bodyKey, List<String> args, String link) {
}
