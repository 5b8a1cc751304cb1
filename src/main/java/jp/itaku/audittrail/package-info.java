/**
 * The audit trail (操作記録): every create, change and state transition of every module,
 * recorded append-only in a SHA-256 hash chain so that a later edit or deletion is
 * detectable.
 */
package jp.itaku.audittrail;
