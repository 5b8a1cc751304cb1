package jp.itaku.clause;

import jp.itaku.contractor.SupplierType;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierPolicyRepository extends JpaRepository<SupplierPolicy, SupplierType> {

}
