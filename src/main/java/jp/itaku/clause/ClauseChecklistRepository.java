package jp.itaku.clause;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ClauseChecklistRepository
		extends JpaRepository<ClauseChecklist, UUID>, JpaSpecificationExecutor<ClauseChecklist> {

	Optional<ClauseChecklist> findBySubjectTypeAndSubjectId(String subjectType, UUID subjectId);

	List<ClauseChecklist> findByContractorId(UUID contractorId);

	List<ClauseChecklist> findBySubjectTypeAndActiveTrue(String subjectType);

}
