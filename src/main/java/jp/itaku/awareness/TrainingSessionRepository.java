package jp.itaku.awareness;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrainingSessionRepository
		extends JpaRepository<TrainingSession, UUID>, JpaSpecificationExecutor<TrainingSession> {

	/** Each person's latest session of {@code kind}: username and the day it was held. */
	@Query("""
			select a.username, max(s.heldOn) from TrainingSession s join s.attendance a
			where s.kind = :kind group by a.username""")
	List<Object[]> latestPerPerson(@Param("kind") TrainingKind kind);

	@Query("select max(s.heldOn) from TrainingSession s where s.kind = :kind")
	Optional<LocalDate> lastHeld(@Param("kind") TrainingKind kind);

}
