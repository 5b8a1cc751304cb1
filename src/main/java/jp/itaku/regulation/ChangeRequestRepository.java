package jp.itaku.regulation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, UUID> {

	Page<ChangeRequest> findByStatus(ChangeRequestStatus status, Pageable pageable);

	Page<ChangeRequest> findByRequester(String requester, Pageable pageable);

	Optional<ChangeRequest> findByApprovalId(UUID approvalId);

	long countByStatus(ChangeRequestStatus status);

	long countByStatusAndCreatedAtBefore(ChangeRequestStatus status, Instant before);

}
