package jp.itaku.selection;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AcknowledgementLinkRepository extends JpaRepository<AcknowledgementLink, UUID> {

	Optional<AcknowledgementLink> findByTokenHash(String tokenHash);

}
