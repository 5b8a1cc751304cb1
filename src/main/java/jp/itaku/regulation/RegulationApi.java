package jp.itaku.regulation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.itaku.regulation.RegulationComparison.Comparison;
import jp.itaku.regulation.RegulationViews.RequirementView;
import jp.itaku.regulation.RegulationViews.VersionView;
import jp.itaku.shared.ApiController;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regulation as JSON, readable only by its subjects (規程 8 PUB-01).
 */
@ApiController("/api/v1/regulation")
@PreAuthorize(RegulationViews.SUBJECTS)
@Tag(name = "Regulation", description = "外部委託先管理規程: versions, sections, requirements")
class RegulationApi {

	private final Regulation regulation;

	private final RegulationViews views;

	private final RegulationComparison comparison;

	RegulationApi(Regulation regulation, RegulationViews views, RegulationComparison comparison) {
		this.regulation = regulation;
		this.views = views;
		this.comparison = comparison;
	}

	@GetMapping("/requirements")
	@Operation(summary = "The requirements of the version in force (text in the caller's language)")
	List<RequirementView> requirements() {
		return this.views.requirementsInForce(LocaleContextHolder.getLocale());
	}

	@GetMapping("/versions")
	@Operation(summary = "Every version, newest first")
	List<RegulationVersion> versions() {
		return this.regulation.versions();
	}

	@GetMapping("/versions/{number}")
	@Operation(summary = "One version with its sections and the requirement ids each holds")
	VersionView version(@PathVariable int number) {
		return this.views.version(number);
	}

	@GetMapping("/compare")
	@Operation(summary = "Two versions side by side, section by section, changed lines marked")
	Comparison compare(@RequestParam int from, @RequestParam int to) {
		return this.comparison.compare(from, to);
	}

}
