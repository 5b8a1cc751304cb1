package jp.itaku.compliance;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.itaku.shared.ApiController;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;

@ApiController("/api/v1/compliance")
@Tag(name = "Compliance (規程準拠状況)")
class ComplianceApi {

	private final Compliance compliance;

	ComplianceApi(Compliance compliance) {
		this.compliance = compliance;
	}

	@GetMapping
	@PreAuthorize(ComplianceController.READ)
	@Operation(summary = "Status of every requirement of the regulation",
			description = "One entry per requirement id, in the regulation's order: OK, DUE_SOON, OVERDUE, GAP "
					+ "or NOT_TRACKED, computed from live data; text in the caller's language.")
	List<RequirementCompliance> overview() {
		return this.compliance.overview(LocaleContextHolder.getLocale());
	}

}
