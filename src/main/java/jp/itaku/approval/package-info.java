/**
 * Committee decisions (稟議): one approval mechanism that every module uses to put a frozen
 * proposal before the 委託先管理委員会 and learn the outcome by event. A requesting module offers
 * an {@link jp.itaku.approval.ApprovalSubjectLinks} bean so that the committee can open
 * the subject from the request.
 */
package jp.itaku.approval;
