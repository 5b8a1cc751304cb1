package jp.itaku.subcontracting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SubcontractingRequestRepository
		extends JpaRepository<SubcontractingRequest, UUID>, JpaSpecificationExecutor<SubcontractingRequest> {

	/** The links hanging below these contractors, for one level of the chain. */
	List<SubcontractingRequest> findByContractorIdInAndStatusInOrderByCreatedAt(Collection<UUID> contractorIds,
			Collection<SubcontractingStatus> statuses);

	List<SubcontractingRequest> findByContractorIdOrSubcontractorIdOrderByCreatedAtDesc(UUID contractorId,
			UUID subcontractorId);

	boolean existsBySubcontractorId(UUID subcontractorId);

	boolean existsByContractorId(UUID contractorId);

	boolean existsBySubcontractorIdAndStatusIn(UUID subcontractorId, Collection<SubcontractingStatus> statuses);

	long countByStatus(SubcontractingStatus status);

	@Query("select min(r.createdAt) from SubcontractingRequest r where r.status = :status")
	Optional<Instant> oldestCreatedAt(SubcontractingStatus status);

	Optional<SubcontractingRequest> findByApprovalId(UUID approvalId);

	List<SubcontractingRequest> findByContractIdOrderByCreatedAtDesc(UUID contractId);

}
