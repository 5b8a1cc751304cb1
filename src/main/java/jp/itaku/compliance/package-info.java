/**
 * The compliance spine (規程準拠状況): one status per requirement id of the regulation,
 * computed from live data that each module contributes.
 */
package jp.itaku.compliance;
