package jp.itaku.selection;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public page behind an acknowledgement link (規程 4.1(1) SEL-02): no sign-in, the
 * secret token stands for the contractor's contact. An unknown, expired or superseded
 * link is a plain 404 that tells nothing about why.
 */
@Controller
class AcknowledgementLinkController {

	private final AcknowledgementLinks links;

	AcknowledgementLinkController(AcknowledgementLinks links) {
		this.links = links;
	}

	@GetMapping(AcknowledgementLinks.PATH + "{token}")
	String show(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("page", this.links.open(token).orElseThrow(AcknowledgementLinkController::notFound));
		return "selection/acknowledgement";
	}

	@PostMapping(AcknowledgementLinks.PATH + "{token}")
	String acknowledge(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("page", this.links.acknowledge(token).orElseThrow(AcknowledgementLinkController::notFound));
		model.addAttribute("justAcknowledged", true);
		return "selection/acknowledgement";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
