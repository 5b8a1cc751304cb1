package jp.itaku.subcontracting;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.PageView;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Findings of unapproved subcontracting (未承認の再委託, 規程 4.2(3)① R01) as JSON: recorded by
 * members, committee members, auditors and administrators; closed by the committee; never
 * deleted.
 */
@ApiController("/api/v1/subcontracting-findings")
@Tag(name = "subcontracting")
class FindingApi {

	static final String RECORDERS = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')";

	static final String CLOSERS = "hasRole('COMMITTEE')";

	private final UnapprovedSubcontracting findings;

	FindingApi(UnapprovedSubcontracting findings) {
		this.findings = findings;
	}

	@GetMapping
	@PreAuthorize(RECORDERS)
	@Operation(summary = "List findings of unapproved subcontracting",
			description = "status OPEN or CLOSED; sort found (default, newest first), status or contractor")
	PageView<FindingView> list(@RequestParam(required = false) FindingStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "found") String sort, @RequestParam(defaultValue = "true") boolean desc) {
		String key = SubcontractingPaging.key(SubcontractingPaging.FINDING_SORTS, sort, "found");
		return PageView.of(this.findings.search(status,
				SubcontractingPaging.of(SubcontractingPaging.FINDING_SORTS, page, size, key, desc)));
	}

	@GetMapping("/{id}")
	@PreAuthorize(RECORDERS)
	@Operation(summary = "Read one finding")
	FindingView get(@PathVariable UUID id) {
		return this.findings.get(id);
	}

	@PostMapping
	@PreAuthorize(RECORDERS)
	@Operation(summary = "Record subcontracting found without approval",
			description = "the subcontractor is a registered company (subcontractorId) or just a name "
					+ "(subcontractorName); foundOn not in the future")
	ResponseEntity<FindingView> record(@Valid @RequestBody FindingInput finding) {
		FindingView view = this.findings.record(finding);
		return ResponseEntity.created(URI.create("/api/v1/subcontracting-findings/" + view.id())).body(view);
	}

	@PostMapping("/{id}/closure")
	@PreAuthorize(CLOSERS)
	@Operation(summary = "Close a finding with a note (committee)", description = "409 if closed or stale")
	FindingView close(@PathVariable UUID id, @Valid @RequestBody SubcontractingRequests.Closure body) {
		return this.findings.close(id, body.version(), body.note());
	}

}
