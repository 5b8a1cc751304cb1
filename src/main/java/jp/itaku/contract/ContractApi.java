package jp.itaku.contract;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import jp.itaku.shared.PageView;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Contracts (契約, 規程 4.2) as JSON: members, the committee and administrators record and
 * edit; auditors read; a contractor's account reads its own company's contracts (404 for
 * any other). Errors are problem details (400 with each field's error, 404, 409).
 */
@ApiController("/api/v1/contracts")
@PreAuthorize(ContractRoles.READERS)
@Tag(name = "contracts", description = "契約 / contracts with contractors (規程 4.2)")
class ContractApi {

	private final Contracts contracts;

	ContractApi(Contracts contracts) {
		this.contracts = contracts;
	}

	@GetMapping
	@Operation(summary = "List contracts",
			description = "filters: kind, status, contractor (id), dueWithin (days: notice deadline or term end "
					+ "between today and then, contracts in effect), passed=true (deadline passed), gaps=true "
					+ "(open required-clause items), amendments=false (no 変更契約); sort is deadline (default), "
					+ "termEnd, number, title, kind, status, start or updated; size at most 100")
	PageView<ContractView> list(@RequestParam(required = false) ContractKind kind,
			@RequestParam(required = false) ContractStatus status, @RequestParam(required = false) UUID contractor,
			@RequestParam(required = false) Integer dueWithin, @RequestParam(required = false) Boolean passed,
			@RequestParam(required = false) Boolean gaps, @RequestParam(required = false) Boolean amendments,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "deadline") String sort, @RequestParam(defaultValue = "false") boolean desc) {
		ContractQuery query = new ContractQuery(kind, status, contractor, dueWithin, passed, gaps, amendments);
		return PageView.of(this.contracts.list(query, ContractPaging.of(page, size, sort, desc)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one contract with its running term, notice deadline and coverage")
	ContractView get(@PathVariable UUID id) {
		return this.contracts.view(id);
	}

	@GetMapping("/{id}/amendments")
	@Operation(summary = "The amendments (変更契約) of a contract, oldest first")
	List<ContractSummary> amendments(@PathVariable UUID id) {
		return this.contracts.amendmentsOf(id);
	}

	@PostMapping
	@PreAuthorize(ContractRoles.WRITERS)
	@Operation(summary = "Record a contract as a draft (起案)",
			description = "amendsId makes it an amendment (変更契約) of a contract of the same contractor; "
					+ "termEndOn and noticeDeadline are computed; 400 with each field's error")
	ResponseEntity<ContractView> create(@RequestBody ContractRequests.Details request) {
		ContractSummary saved = this.contracts.register(request.details());
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + saved.id()))
			.body(this.contracts.view(saved.id()));
	}

	@PutMapping("/{id}")
	@PreAuthorize(ContractRoles.WRITERS)
	@Operation(summary = "Change a contract's details",
			description = "version is the one read; 409 when someone saved it since; the contractor and the "
					+ "amended contract stay")
	ContractView update(@PathVariable UUID id, @RequestBody ContractRequests.Details request) {
		if (request.version() == null) {
			throw new InvalidInputException(List.of(new FieldProblem("version", "contract.validation.required")));
		}
		this.contracts.update(id, request.version(), request.details());
		return this.contracts.view(id);
	}

	@PostMapping("/{id}/status")
	@PreAuthorize(ContractRoles.WRITERS)
	@Operation(summary = "Move the contract along its life cycle",
			description = "DRAFT → CONCLUDED or ENDED; CONCLUDED → RENEWED or ENDED; RENEWED → RENEWED or ENDED; "
					+ "409 for any other move or a stale version")
	ContractView changeStatus(@PathVariable UUID id, @Valid @RequestBody ContractRequests.Status request) {
		this.contracts.changeStatus(id, request.version(), request.target());
		return this.contracts.view(id);
	}

}
