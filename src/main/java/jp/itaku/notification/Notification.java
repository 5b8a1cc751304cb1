package jp.itaku.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One notice as one recipient holds it: unread until they open it, and e-mailed at most
 * once. Its texts stay message keys, rendered in the reader's language when read.
 */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	private UUID id;

	@Column(nullable = false, length = 100)
	private String recipient;

	@Column(nullable = false, length = Notice.MAX_KIND)
	private String kind;

	@Column(name = "subject_key", nullable = false, length = Notice.MAX_KEY)
	private String subjectKey;

	@Column(name = "body_key", nullable = false, length = Notice.MAX_KEY)
	private String bodyKey;

	@Convert(converter = NoticeArgs.class)
	@Column(nullable = false, length = 65000)
	private List<String> args;

	@Column(length = Notice.MAX_LINK)
	private String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	@Column(name = "emailed_at")
	private Instant emailedAt;

	protected Notification() {
	}

	Notification(String recipient, Notice notice, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.recipient = recipient;
		this.kind = notice.kind();
		this.subjectKey = notice.subjectKey();
		this.bodyKey = notice.bodyKey();
		this.args = notice.args();
		this.link = notice.link();
		this.createdAt = createdAt;
	}

	/** Opening it again keeps the time it was first read. */
	void markRead(Instant at) {
		if (this.readAt == null) {
			this.readAt = at;
		}
	}

	void markEmailed(Instant at) {
		this.emailedAt = at;
	}

	boolean isEmailed() {
		return this.emailedAt != null;
	}

	UUID getId() {
		return this.id;
	}

	String getRecipient() {
		return this.recipient;
	}

	String getKind() {
		return this.kind;
	}

	String getSubjectKey() {
		return this.subjectKey;
	}

	String getBodyKey() {
		return this.bodyKey;
	}

	List<String> getArgs() {
		return this.args;
	}

	String getLink() {
		return this.link;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getReadAt() {
		return this.readAt;
	}

	Instant getEmailedAt() {
		return this.emailedAt;
	}

}
