package jp.itaku.corrective;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CorrectiveActionRepository
		extends JpaRepository<CorrectiveAction, UUID>, JpaSpecificationExecutor<CorrectiveAction> {

	List<CorrectiveAction> findBySourceTypeAndSourceIdOrderByOpenedAtAscIdAsc(String sourceType, String sourceId);

	List<CorrectiveAction> findByContractorIdAndStatusNotOrderByDueOnAscIdAsc(UUID contractorId,
			CorrectiveActionStatus status);

	/**
	 * Not yet verified actions per requirement id, with how many are overdue on
	 * {@code today}.
	 */
	@Query("""
			select new jp.itaku.corrective.OpenCorrections(a.requirementId,
			  sum(case when a.dueOn < :today then 1 else 0 end), count(a))
			from CorrectiveAction a where a.status <> jp.itaku.corrective.CorrectiveActionStatus.VERIFIED
			group by a.requirementId order by a.requirementId""")
	List<OpenCorrections> openByRequirement(@Param("today") LocalDate today);

}
