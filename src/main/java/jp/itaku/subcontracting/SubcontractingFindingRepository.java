package jp.itaku.subcontracting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubcontractingFindingRepository extends JpaRepository<SubcontractingFinding, UUID> {

	Page<SubcontractingFinding> findByStatus(FindingStatus status, Pageable pageable);

	List<SubcontractingFinding> findTop20ByStatusOrderByFoundOnAsc(FindingStatus status);

	long countByStatus(FindingStatus status);

	List<SubcontractingFinding> findByContractorIdOrderByFoundOnDesc(UUID contractorId);

}
