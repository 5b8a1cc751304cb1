package jp.itaku.contract;

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

}
