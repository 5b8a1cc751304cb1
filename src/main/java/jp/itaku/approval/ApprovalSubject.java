package jp.itaku.approval;

/**
 * What a module puts before the committee: the subject it refers to and a frozen snapshot
 * (text or JSON) of what is to be decided. A later change to the subject needs a new
 * request.
 *
 * @param type the kind of subject, e.g. {@code regulation-revision},
 * {@code subcontracting}
 * @param id the subject's identifier in its module
 * @param title a short title for lists
 * @param summary what the committee should know, optional
 * @param snapshot what exactly is decided
 */
public record ApprovalSubject(String type, String id, String title, String summary, String snapshot) {
}
