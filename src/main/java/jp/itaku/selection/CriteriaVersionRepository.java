package jp.itaku.selection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CriteriaVersionRepository extends JpaRepository<CriteriaVersion, UUID> {

	List<CriteriaVersion> findAllByOrderByNumberDesc();

	List<CriteriaVersion> findByStatusOrderByEffectiveOnDescNumberDesc(CriteriaStatus status);

	Optional<CriteriaVersion> findByNumber(int number);

	@Query("select coalesce(max(v.number), 0) from CriteriaVersion v")
	int maxNumber();

}
