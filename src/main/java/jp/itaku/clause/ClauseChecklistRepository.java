package jp.itaku.clause;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ClauseChecklistRepository
		extends JpaRepository<ClauseChecklist, UUID>, JpaSpecificationExecutor<ClauseChecklist> {

	Optional<ClauseChecklist> findBySubjectTypeAndSubjectId(String subjectType, UUID subjectId);

	List<ClauseChecklist> findByContractorId(UUID contractorId);

	/**
	 * Per item, how many active contracts it applies to (the reviewer did not judge it
	 * not applicable).
	 */
	@Query("""
			select e.requirementId, count(c) from ClauseChecklist c join c.entries e
			where c.subjectType = 'contract' and c.active = true and e.applicable = true
			and (e.verdict is null or e.verdict <> jp.itaku.clause.ClauseVerdict.NOT_APPLICABLE)
			group by e.requirementId""")
	List<Object[]> applyingPerItem();

	/**
	 * The active contracts whose applicable item is not held: not reviewed, or absent or
	 * partial without a verified amendment (an approved exception is asked afterwards).
	 */
	@Query("""
			select new jp.itaku.clause.ItemGap(e.requirementId, c.subjectId, c.label) from ClauseChecklist c
			join c.entries e
			where c.subjectType = 'contract' and c.active = true and e.applicable = true
			and (e.verdict is null or (e.verdict in :missing and e.corrected = false))
			order by e.requirementId, c.label, c.id""")
	List<ItemGap> gaps(Collection<ClauseVerdict> missing);

	/** The supplier types and access of the contractors with an active contract (S01). */
	@Query("""
			select distinct c.contractorId, c.supplierTypes, c.accessKinds from ClauseChecklist c
			where c.subjectType = 'contract' and c.active = true and c.contractorId is not null""")
	List<Object[]> activeContractors();

}
