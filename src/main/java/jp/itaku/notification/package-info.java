/**
 * Placeholder (replaced by the notification branch).
 */
package jp.itaku.notification;
