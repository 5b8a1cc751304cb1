package jp.itaku.contractor;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ContractorRepository extends JpaRepository<Contractor, UUID>, JpaSpecificationExecutor<Contractor> {

	boolean existsByCorporateNumber(String corporateNumber);

	boolean existsByCorporateNumberAndIdNot(String corporateNumber, UUID id);

	List<Contractor> findByParentIdOrderByNameKana(UUID parentId);

	/**
	 * How many contractors stand at each point of the life cycle, as rows of (status,
	 * count).
	 */
	@Query("select c.status, count(c) from Contractor c group by c.status")
	List<Object[]> countByStatus();

	/** S01: contractors still in the register's life cycle with no supplier type. */
	@Query("select count(c) from Contractor c where c.status <> jp.itaku.contractor.ContractorStatus.TERMINATED"
			+ " and c.supplierTypes is empty")
	long countActiveWithoutSupplierType();

	/** S03: contractors still in the life cycle with no kind of access recorded. */
	@Query("select count(c) from Contractor c where c.status <> jp.itaku.contractor.ContractorStatus.TERMINATED"
			+ " and c.accessKinds is empty")
	long countActiveWithoutAccessKind();

	/** S03: contractors still in the life cycle whose overridden tier has no reason. */
	@Query("select count(c) from Contractor c where c.status <> jp.itaku.contractor.ContractorStatus.TERMINATED"
			+ " and c.riskTierOverride is not null"
			+ " and (c.riskTierOverrideReason is null or trim(c.riskTierOverrideReason) = '')")
	long countActiveOverriddenWithoutReason();

}
