package jp.itaku.selection;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CriteriaReviewRepository extends JpaRepository<CriteriaReview, UUID> {

	List<CriteriaReview> findTop20ByOrderByReviewedOnDesc();

}
