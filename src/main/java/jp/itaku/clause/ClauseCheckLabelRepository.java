package jp.itaku.clause;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClauseCheckLabelRepository extends JpaRepository<ClauseCheckLabel, UUID> {

	/** The latest decision per item on a run's suggestion to one subject. */
	List<ClauseCheckLabel> findByRunIdAndSubjectTypeAndSubjectIdAndLatestTrue(UUID runId, String subjectType,
			UUID subjectId);

	/** The latest decision per run and item. */
	Page<ClauseCheckLabel> findByLatestTrue(Pageable pageable);

	/** The latest decision per run and item, corrected or confirmed only. */
	Page<ClauseCheckLabel> findByLatestTrueAndCorrected(boolean corrected, Pageable pageable);

}
