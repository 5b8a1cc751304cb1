package jp.itaku.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
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

	/**
	 * Open duties that are due soon or overdue on {@code today}: both begin on
	 * {@code dueSoonFrom}.
	 */
	@Query("select d from Duty d where d.state = jp.itaku.duty.DutyState.OPEN and d.dueSoonFrom <= :today")
	List<Duty> dueSoonOrOverdue(@Param("today") LocalDate today);

	/**
	 * Records that these duties were reminded of, once per day: a duty already reminded
	 * of since {@code since} is left as it is. Not a change of the duty, so its version
	 * stays.
	 * @return how many duties were marked
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update Duty d set d.lastRemindedAt = :at
			where d.id in :ids and (d.lastRemindedAt is null or d.lastRemindedAt < :since)""")
	int markReminded(@Param("ids") Collection<UUID> ids, @Param("at") Instant at, @Param("since") Instant since);

}
