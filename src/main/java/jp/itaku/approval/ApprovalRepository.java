package jp.itaku.approval;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApprovalRepository extends JpaRepository<ApprovalRequest, UUID> {

	/**
	 * Pending requests of others that {@code member} has not decided in their current
	 * round.
	 */
	@Query("""
			select r from ApprovalRequest r
			where r.status = jp.itaku.approval.ApprovalStatus.PENDING and r.requester <> :member
			  and not exists (select 1 from ApprovalRequest o join o.decisions d
			                  where o = r and d.member = :member and d.round = r.currentRound)
			""")
	Page<ApprovalRequest> awaiting(@Param("member") String member, Pageable pageable);

	Page<ApprovalRequest> findByRequester(String requester, Pageable pageable);

	Page<ApprovalRequest> findByStatus(ApprovalStatus status, Pageable pageable);

}
