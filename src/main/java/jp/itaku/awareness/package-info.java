/**
 * Awareness training of the organisation's own staff (意識向上訓練, 規程 4.2(1)③): S10, the
 * policies, processes and procedures of procurement for the staff who procure, and S11,
 * the rules of engagement and behaviour for the staff who deal with suppliers' people.
 * Sessions are recorded with who attended; each person's training stays valid for a set
 * number of months, the compliance table names who is untrained or lapsed, and the next
 * session is a committee duty. Reached through
 * {@link jp.itaku.awareness.TrainingSessions}.
 */
package jp.itaku.awareness;
