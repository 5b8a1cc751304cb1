package jp.itaku.regulation;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regulation's screens, readable only by its subjects (規程 8 PUB-01).
 */
@Controller
@RequestMapping("/regulation")
@PreAuthorize(RegulationViews.SUBJECTS)
class RegulationController {

	private final Regulation regulation;

	private final RegulationViews views;

	private final RegulationComparison comparison;

	private final Acknowledgements acknowledgements;

	RegulationController(Regulation regulation, RegulationViews views, RegulationComparison comparison,
			Acknowledgements acknowledgements) {
		this.regulation = regulation;
		this.views = views;
		this.comparison = comparison;
		this.acknowledgements = acknowledgements;
	}

	@GetMapping
	String inForce(Model model) {
		Optional<RegulationVersion> inForce = this.regulation.inForce();
		inForce.ifPresent((version) -> show(version.number(), model));
		return "regulation/version";
	}

	@GetMapping("/versions/{number}")
	String version(@PathVariable int number, Model model) {
		show(number, model);
		return "regulation/version";
	}

	private void show(int number, Model model) {
		model.addAttribute("view", this.views.version(number));
		// 既読確認: whether the reader has acknowledged this version, and when
		model.addAttribute("acknowledgedAt", this.acknowledgements.acknowledgedByCurrentUser(number).orElse(null));
	}

	@GetMapping("/versions")
	String versions(Model model) {
		model.addAttribute("versions", this.regulation.versions());
		return "regulation/versions";
	}

	@GetMapping("/compare")
	String compare(@RequestParam int from, @RequestParam int to, Model model) {
		model.addAttribute("comparison", this.comparison.compare(from, to));
		return "regulation/compare";
	}

}
