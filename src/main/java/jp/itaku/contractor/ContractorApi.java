package jp.itaku.contractor;

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

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The contractor register (委託先台帳) as JSON. Everyone signed in reads what they may see (a
 * contractor account only its own company, 規程 8); members, the committee and
 * administrators change it.
 */
@ApiController("/api/v1/contractors")
@Tag(name = "contractors", description = "委託先台帳 / contractor register")
class ContractorApi {

	private static final String WRITERS = "hasAnyRole('MEMBER','COMMITTEE','ADMIN')";

	private final Contractors contractors;

	ContractorApi(Contractors contractors) {
		this.contractors = contractors;
	}

	@GetMapping
	@Operation(summary = "Search the register",
			description = "q matches name, kana and 法人番号; sort is property,asc|desc with property one of "
					+ "name, nameKana, status, effectiveRiskTier, updatedAt; size at most 100")
	PageView<ContractorView> list(@ParameterObject @ModelAttribute ContractorSearch search) {
		return PageView.of(this.contractors.search(search.toQuery(), search.pageable()), ContractorView::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one contractor")
	ContractorView get(@PathVariable UUID id) {
		return ContractorView.of(this.contractors.get(new ContractorId(id)));
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	@Operation(summary = "Register a contractor (status 候補)")
	ResponseEntity<ContractorView> create(@Valid @RequestBody ContractorRequest request) {
		Contractor contractor = this.contractors.register(request.toDetails());
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.path("/{id}")
			.buildAndExpand(contractor.getId())
			.toUri();
		return ResponseEntity.created(location).body(ContractorView.of(contractor));
	}

	@PutMapping("/{id}")
	@PreAuthorize(WRITERS)
	@Operation(summary = "Change a contractor's details",
			description = "version must be the one read; a stale version answers 409 and changes nothing")
	ContractorView update(@PathVariable UUID id, @Valid @RequestBody ContractorRequest request) {
		long version = required(request.version());
		return ContractorView.of(this.contractors.update(new ContractorId(id), version, request.toDetails()));
	}

	@PostMapping("/{id}/status")
	@PreAuthorize(WRITERS)
	@Operation(summary = "Move a contractor along its life cycle",
			description = "候補 → 選定済 → 契約中 → 停止 → 終了; a transition the life cycle does not allow answers 409")
	ResponseEntity<ContractorView> changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
		Contractor contractor = this.contractors.changeStatus(new ContractorId(id), request.version(), request.status(),
				request.reason());
		return ResponseEntity.status(HttpStatus.OK).body(ContractorView.of(contractor));
	}

	private static long required(Long version) {
		if (version == null) {
			throw new InvalidInputException(List.of(new FieldProblem("version", "contractor.validation.required")));
		}
		return version;
	}

}
