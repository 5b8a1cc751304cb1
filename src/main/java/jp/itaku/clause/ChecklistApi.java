package jp.itaku.clause;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The required-clause checklists (必須条項, 規程 4.2) as JSON: of a contract, or of any subject
 * (a subcontract's flowed-down clauses). Members, committee members and administrators
 * record findings; auditors read; contractor accounts get 404.
 */
@ApiController("/api/v1")
@Tag(name = "clause-checklists", description = "必須条項チェックリスト / required-clause checklists")
class ChecklistApi {

	private final ClauseChecklists checklists;

	private final ChecklistCorrections corrections;

	private final ClauseAccess access;

	ChecklistApi(ClauseChecklists checklists, ChecklistCorrections corrections, ClauseAccess access) {
		this.checklists = checklists;
		this.corrections = corrections;
		this.access = access;
	}

	@GetMapping("/contracts/{id}/checklist")
	@PreAuthorize(ClauseAccess.SIGNED_IN)
	@Operation(summary = "Read a contract's checklist",
			description = "all 33 items, whether each applies, the finding (null = not reviewed), article, note, "
					+ "whether it is resolved, and the automatic check's suggestion (verdict, article, confidence, "
					+ "link to the passage; never a finding: the item stays not reviewed until recorded); "
					+ "applicable/present/unresolved counts, the checked document and the version")
	ChecklistView contract(@PathVariable UUID id) {
		return get(ChecklistSubject.CONTRACT, id);
	}

	@PutMapping("/contracts/{id}/checklist")
	@PreAuthorize(ClauseAccess.RECORDERS)
	@Operation(summary = "Record findings on a contract's checklist",
			description = "items not named keep theirs; a finding on an item with the automatic check's "
					+ "suggestion is kept as labelled data (GET /api/v1/clause-check-labels); 409 when the version "
					+ "changed; 400 for an item that does not apply or a too long article (60) or note (1000)")
	ChecklistView recordContract(@PathVariable UUID id, @Valid @RequestBody ChecklistRequests.Record request) {
		return put(ChecklistSubject.CONTRACT, id, request);
	}

	@GetMapping("/checklists/{subjectType}/{subjectId}")
	@PreAuthorize(ClauseAccess.SIGNED_IN)
	@Operation(summary = "Read a subject's checklist", description = "subject types contract and subcontract")
	ChecklistView get(@PathVariable String subjectType, @PathVariable UUID subjectId) {
		this.access.internalOnly();
		return this.checklists.find(subjectType, subjectId)
			.orElseThrow(() -> new NotFoundException("checklist " + subjectType + "/" + subjectId));
	}

	@PutMapping("/checklists/{subjectType}/{subjectId}")
	@PreAuthorize(ClauseAccess.RECORDERS)
	@Operation(summary = "Record findings on a subject's checklist", description = "as for a contract")
	ChecklistView put(@PathVariable String subjectType, @PathVariable UUID subjectId,
			@Valid @RequestBody ChecklistRequests.Record request) {
		this.access.internalOnly();
		return this.checklists.record(subjectType, subjectId, request.version(), request.toFindings());
	}

	@PostMapping("/checklists/{subjectType}/{subjectId}/corrections")
	@PreAuthorize(ClauseAccess.RECORDERS)
	@Operation(summary = "Open the corrective action (amendment) for an absent or partial item",
			description = "source contract-clause, id <contract id>:<item>; once verified the item is resolved; "
					+ "409 if the item needs none or already has one")
	Map<String, Object> correct(@PathVariable String subjectType, @PathVariable UUID subjectId,
			@Valid @RequestBody ChecklistRequests.Correction request) {
		this.access.internalOnly();
		UUID actionId = this.corrections.open(subjectType, subjectId, request.version(), request.requirementId(),
				request.what(), request.assignee(), request.dueOn());
		return Map.of("correctiveActionId", actionId, "link", "/corrective-actions/" + actionId, "checklist",
				this.checklists.find(subjectType, subjectId).orElseThrow());
	}

}
