package jp.itaku.clause;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.itaku.contract.ContractKind;
import jp.itaku.contractor.SupplierType;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.PageView;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The applicability matrix (committee), the S01 supplier-type policy (committee) and the
 * matrix view of all active contracts × required items, as JSON (規程 4.2).
 */
@ApiController("/api/v1")
@Tag(name = "clause-matrix", description = "適用マトリクス・必須条項マトリクス・供給者の種類 / applicability, matrix, S01")
class MatrixApi {

	private final ClauseApplicability applicability;

	private final ClauseMatrix matrix;

	private final SupplierPolicies policies;

	private final ClauseAccess access;

	MatrixApi(ClauseApplicability applicability, ClauseMatrix matrix, SupplierPolicies policies, ClauseAccess access) {
		this.applicability = applicability;
		this.matrix = matrix;
		this.policies = policies;
		this.access = access;
	}

	@GetMapping("/clause-applicability")
	@PreAuthorize(ClauseAccess.SIGNED_IN)
	@Operation(summary = "Read the applicability matrix",
			description = "33 items × 7 contract kinds; an item applies when always, or when the contractor has one "
					+ "of the cell's access kinds or supplier types")
	ApplicabilityView applicability() {
		this.access.internalOnly();
		return this.applicability.view();
	}

	@PutMapping("/clause-applicability")
	@PreAuthorize(ClauseAccess.COMMITTEE)
	@Operation(summary = "Change cells of the applicability matrix (committee)",
			description = "cells not named stay; every checklist is re-derived keeping its findings; 409 when the "
					+ "version changed")
	ApplicabilityView changeApplicability(@Valid @RequestBody ChecklistRequests.Applicability request) {
		this.access.internalOnly();
		try {
			return this.applicability.change(request.version(), request.toCells());
		}
		catch (IllegalArgumentException ex) {
			throw new jp.itaku.shared.InvalidInputException(List
				.of(new jp.itaku.shared.InvalidInputException.FieldProblem("cells", "clause.applicability.cell")));
		}
	}

	@GetMapping("/clause-matrix")
	@PreAuthorize(ClauseAccess.SIGNED_IN)
	@Operation(summary = "All active contracts × the 33 required items",
			description = "cells ○ present, △ partial, × absent, − not applicable, ? not reviewed, in the order of the "
					+ "items; gapsOnly=true keeps contracts with an item not reviewed or unresolved; size at most 100")
	PageView<MatrixRow> matrix(@RequestParam(required = false) ContractKind kind,
			@RequestParam(required = false) UUID contractor, @RequestParam(defaultValue = "false") boolean gapsOnly,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		this.access.internalOnly();
		return PageView.of(this.matrix.page(new ClauseMatrix.MatrixQuery(kind, contractor, gapsOnly), page, size));
	}

	@GetMapping("/supplier-policies")
	@PreAuthorize(ClauseAccess.SIGNED_IN)
	@Operation(summary = "S01: the documented kinds of supplier and the access each may be granted")
	List<SupplierPolicyView> policies() {
		this.access.internalOnly();
		return this.policies.all();
	}

	@PutMapping("/supplier-policies/{type}")
	@PreAuthorize(ClauseAccess.COMMITTEE)
	@Operation(summary = "Document a supplier type's policy (committee)",
			description = "version 0 for a type never documented; 409 when the version changed")
	SupplierPolicyView changePolicy(@PathVariable SupplierType type,
			@Valid @RequestBody ChecklistRequests.Policy request) {
		this.access.internalOnly();
		return this.policies.change(type, request.version(), request.permittedAccess(), request.description());
	}

}
