package jp.itaku.contractreview;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewStandingRepository extends JpaRepository<ReviewStanding, UUID> {

	long countByActiveTrue();

	/**
	 * The active contracts whose next review is due on or before {@code on}, earliest
	 * first.
	 */
	List<ReviewStanding> findByActiveTrueAndNextDueOnLessThanEqualOrderByNextDueOnAscContractIdAsc(LocalDate on);

	/** The active contract due next. */
	List<ReviewStanding> findFirst1ByActiveTrueOrderByNextDueOnAscContractIdAsc();

}
