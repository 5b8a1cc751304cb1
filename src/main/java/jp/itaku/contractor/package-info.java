/**
 * The contractor register (委託先台帳): who the organisation outsources to, what kinds of
 * supplier they are and what access to its information they are granted (規程 4.2(1)③ S01,
 * S03).
 */
package jp.itaku.contractor;
