package jp.itaku.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DutyRepository extends JpaRepository<Duty, UUID>, JpaSpecificationExecutor<Duty> {

	Optional<Duty> findByKindAndSubjectTypeAndSubjectId(String kind, String subjectType, String subjectId);

	/**
	 * Open duties per requirement id, with how many are overdue and due soon on
	 * {@code today}.
	 */
	@Query("""
			select new jp.itaku.duty.RequirementDuties(d.requirementId,
			  sum(case when d.overdueAfter < :today then 1 else 0 end),
			  sum(case when d.dueSoonFrom <= :today and d.overdueAfter >= :today then 1 else 0 end),
			  count(d))
			from Duty d where d.state = jp.itaku.duty.DutyState.OPEN
			group by d.requirementId order by d.requirementId""")
	List<RequirementDuties> openByRequirement(@Param("today") LocalDate today);

	@Query("select distinct d.kind from Duty d order by d.kind")
	List<String> kinds();

}
