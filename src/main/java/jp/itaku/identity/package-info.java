/**
 * People and roles (利用者・ロール): local accounts, single sign-on, and who may see what (規程
 * 8).
 */
package jp.itaku.identity;
