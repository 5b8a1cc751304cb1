package jp.itaku.contract;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContractDocumentRepository extends JpaRepository<ContractDocument, UUID> {

	// a projection, so that listing never loads the documents' bytes
	@Query("select new jp.itaku.contract.ContractDocumentView(d.id, d.contractId, d.fileName, d.contentType,"
			+ " d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt, d.withdrawnBy, d.withdrawnAt, d.withdrawnReason)"
			+ " from ContractDocument d where d.contractId = ?1 order by d.uploadedAt, d.fileName")
	List<ContractDocumentView> listOf(UUID contractId);

}
