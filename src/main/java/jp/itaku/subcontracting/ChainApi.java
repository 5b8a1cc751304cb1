package jp.itaku.subcontracting;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.itaku.shared.ApiController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A contractor's subcontracting chain (規程 4.2(3)① R01) as JSON.
 */
@ApiController("/api/v1/contractors")
@Tag(name = "subcontracting")
class ChainApi {

	private final SubcontractingChains chains;

	ChainApi(SubcontractingChains chains) {
		this.chains = chains;
	}

	@GetMapping("/{id}/subcontracting-chain")
	@PreAuthorize(SubcontractingApi.READERS)
	@Operation(summary = "The subcontracting chain below a contractor, to any depth",
			description = "each link is an approved request with its status and period; a company met again is "
					+ "marked repeated and not followed; 404 if the contractor is not the caller's to see")
	ChainView chain(@PathVariable UUID id) {
		return this.chains.below(id);
	}

}
