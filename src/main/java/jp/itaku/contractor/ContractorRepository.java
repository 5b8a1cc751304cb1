package jp.itaku.contractor;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ContractorRepository extends JpaRepository<Contractor, UUID>, JpaSpecificationExecutor<Contractor> {

	boolean existsByCorporateNumber(String corporateNumber);

	boolean existsByCorporateNumberAndIdNot(String corporateNumber, UUID id);

}
