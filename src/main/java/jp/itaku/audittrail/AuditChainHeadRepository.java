package jp.itaku.audittrail;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditChainHeadRepository extends Repository<AuditChainHead, Integer> {

	/**
	 * Reads the head with {@code SELECT … FOR UPDATE}: the lock is held until the
	 * appending transaction ends.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from AuditChainHead h where h.id = " + AuditChainHead.THE_ONLY_ID)
	AuditChainHead lockHead();

	@Query("select h from AuditChainHead h where h.id = " + AuditChainHead.THE_ONLY_ID)
	Optional<AuditChainHead> peekHead();

}
