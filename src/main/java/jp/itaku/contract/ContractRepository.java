package jp.itaku.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractRepository extends JpaRepository<Contract, UUID>, JpaSpecificationExecutor<Contract> {

	// a bulk update: derived data, so the version stays and no entity event fires
	@Modifying(flushAutomatically = true)
	@Query("update Contract c set c.coverageApplicable = :applicable, c.coveragePresent = :present,"
			+ " c.coverageUnresolved = :unresolved where c.id = :id")
	int recordCoverage(@Param("id") UUID id, @Param("applicable") int applicable, @Param("present") int present,
			@Param("unresolved") int unresolved);

	List<Contract> findByAmendsIdOrderByStartOnAscCreatedAtAsc(UUID amendsId);

	/** Contracts in effect that renew themselves and whose stored term has ended. */
	@Query("select c.id from Contract c where c.status in (jp.itaku.contract.ContractStatus.CONCLUDED,"
			+ " jp.itaku.contract.ContractStatus.RENEWED) and c.autoRenewal = true and c.termEndOn < :today"
			+ " order by c.termEndOn, c.id")
	List<UUID> findRenewalsDue(@Param("today") LocalDate today);

	/** Contracts in effect with a notice deadline or a term end between the two days. */
	@Query("select c.id from Contract c where c.status in (jp.itaku.contract.ContractStatus.CONCLUDED,"
			+ " jp.itaku.contract.ContractStatus.RENEWED) and (c.noticeDeadline between :from and :until"
			+ " or c.termEndOn between :from and :until) order by c.id")
	List<UUID> findDeadlinesBetween(@Param("from") LocalDate from, @Param("until") LocalDate until);

	/** The contractors that have a contract in effect. */
	@Query("select distinct c.contractorId from Contract c where c.status in"
			+ " (jp.itaku.contract.ContractStatus.CONCLUDED, jp.itaku.contract.ContractStatus.RENEWED)")
	List<UUID> findContractorsWithActiveContracts();

}
