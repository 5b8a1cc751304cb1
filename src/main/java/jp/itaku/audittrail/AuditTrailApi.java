package jp.itaku.audittrail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.PageView;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;

@ApiController("/api/v1/audit-trail")
@Tag(name = "Audit trail (操作記録)")
class AuditTrailApi {

	private final AuditTrail auditTrail;

	AuditTrailApi(AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	@GetMapping
	@PreAuthorize(AuditTrailAccess.READ)
	@Operation(summary = "Entries of the audit trail, newest first",
			description = "Filter by record (recordType and recordId), actor and period (from, to: ISO dates, inclusive). "
					+ "Committee, auditors and administrators read everything; a member reads the history of one record.")
	PageView<AuditEntryView> list(@Valid AuditTrailQuery query, @PageableDefault(size = 50) Pageable pageable) {
		return PageView.of(this.auditTrail.search(query, AuditTrailAccess.limited(pageable)));
	}

	@GetMapping("/verify")
	@PreAuthorize(AuditTrailAccess.VERIFY)
	@Operation(summary = "Verify the hash chain",
			description = "Recomputes every entry's hash and checks every link: an edited or deleted entry makes it "
					+ "answer intact=false with that entry's id as firstBrokenId.")
	AuditTrailVerification verify() {
		return this.auditTrail.verify();
	}

}
