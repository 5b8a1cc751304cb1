package jp.itaku.selection;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceDocumentRepository extends JpaRepository<EvidenceDocument, UUID> {

	// a projection, so that listing never loads the documents' bytes
	@Query("select new jp.itaku.selection.EvidenceDocumentView(d.id, d.evaluationId, d.criterionCode, d.fileName,"
			+ " d.contentType, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt) from EvidenceDocument d"
			+ " where d.evaluationId = ?1 order by d.uploadedAt, d.fileName")
	List<EvidenceDocumentView> listOf(UUID evaluationId);

	long countByEvaluationId(UUID evaluationId);

}
