/**
 * Periodic duties (定期業務): one schedule for everything the regulation says to do 定期的に (規程
 * 4.1, 4.3, 5.1–5.4, 9), with due dates, owners, history, a month calendar, private
 * iCalendar feeds and the DUE_SOON / OVERDUE statuses of the compliance table. Modules
 * register and complete their duties through {@link jp.itaku.duty.Duties} only.
 */
package jp.itaku.duty;
