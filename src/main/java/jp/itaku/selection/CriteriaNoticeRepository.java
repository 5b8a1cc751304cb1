package jp.itaku.selection;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CriteriaNoticeRepository extends JpaRepository<CriteriaNotice, CriteriaNotice.Key> {

	List<CriteriaNotice> findByContractorIdOrderByInformedAtDesc(UUID contractorId);

	@Query("select n.contractorId from CriteriaNotice n where n.criteriaVersionId = :versionId")
	Set<UUID> informedOf(UUID versionId);

}
