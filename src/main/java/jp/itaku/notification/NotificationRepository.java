package jp.itaku.notification;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

	Page<Notification> findByRecipient(String recipient, Pageable pageable);

	Page<Notification> findByRecipientAndReadAtIsNull(String recipient, Pageable pageable);

	long countByRecipientAndReadAtIsNull(String recipient);

	Optional<Notification> findByIdAndRecipient(UUID id, String recipient);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
	int markAllRead(@Param("recipient") String recipient, @Param("at") Instant at);

}
