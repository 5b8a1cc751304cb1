package jp.itaku.contractreview;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ContractReviewRepository
		extends JpaRepository<ContractReview, UUID>, JpaSpecificationExecutor<ContractReview> {

	List<ContractReview> findByContractIdOrderByReviewedOnDescRecordedAtDesc(UUID contractId);

	Optional<ContractReview> findFirstByContractIdAndOutcomeOrderByReviewedOnDescRecordedAtDesc(UUID contractId,
			ContractReviewOutcome outcome);

}
