package jp.itaku.clause;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicabilityMatrixRepository extends JpaRepository<ApplicabilityMatrix, Integer> {

}
