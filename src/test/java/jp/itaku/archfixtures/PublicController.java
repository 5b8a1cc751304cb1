package jp.itaku.archfixtures;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Deliberately a public controller. Abstract, so that component scanning never registers
 * it.
 */
@Controller
public abstract class PublicController {

	@GetMapping("/archfixtures")
	String page() {
		return "home";
	}

}
