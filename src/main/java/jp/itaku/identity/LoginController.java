package jp.itaku.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	/** The client registration whose sign-on the login page offers. */
	static final String SSO_REGISTRATION = "itaku";

	private final Environment environment;

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	private final LockoutProperties lockout;

	LoginController(Environment environment, ObjectProvider<ClientRegistrationRepository> registrations,
			LockoutProperties lockout) {
		this.environment = environment;
		this.registrations = registrations;
		this.lockout = lockout;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demoMode", this.environment.acceptsProfiles(Profiles.of("demo")));
		ClientRegistrationRepository clients = this.registrations.getIfAvailable();
		model.addAttribute("ssoEnabled", clients != null && clients.findByRegistrationId(SSO_REGISTRATION) != null);
		model.addAttribute("maxAttempts", this.lockout.maxAttempts());
		model.addAttribute("lockMinutes", Math.max(1, this.lockout.duration().toMinutes()));
		return "identity/login";
	}

}
