/**
 * Notifications (お知らせ): other modules tell people something through
 * {@link jp.itaku.notification.Notifications}; each recipient finds it in the app (the
 * bell, {@code /notifications}) and, when mail is configured, by e-mail in their own
 * language.
 */
package jp.itaku.notification;
