package jp.itaku.identity;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains: {@code /api/v1/**} is stateless (HTTP Basic, and bearer tokens when
 * single sign-on is configured) and answers 401/403 as RFC 9457 problem details; the
 * screens use a session with CSRF protection, form login and, when a client registration
 * is configured, OpenID Connect login.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String[] ROLE_NAMES = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the algorithm recorded in each hash so that it can be
		// raised later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	LockoutAuthenticationProvider lockoutAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder,
			LoginAttempts attempts) {
		return new LockoutAuthenticationProvider(users, encoder, attempts);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, JsonMapper json, ObjectProvider<JwtDecoder> jwtDecoder,
			SsoRoles ssoRoles) throws Exception {
		http.securityMatcher("/api/v1/**")
			// an account (or token) without any Itaku role may do nothing
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasAnyRole(ROLE_NAMES))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, ex) -> problem(json, request,
					response, HttpStatus.UNAUTHORIZED, "Authentication is required.")))
			.exceptionHandling((ex) -> ex
				.authenticationEntryPoint((request, response, e) -> problem(json, request, response,
						HttpStatus.UNAUTHORIZED, "Authentication is required."))
				.accessDeniedHandler((request, response, e) -> problem(json, request, response, HttpStatus.FORBIDDEN,
						"You are not allowed to do this.")));
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		if (decoder != null) {
			http.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(ssoRoles::authenticationOf))
				.authenticationEntryPoint((request, response, e) -> problem(json, request, response,
						HttpStatus.UNAUTHORIZED, "Authentication is required."))
				.accessDeniedHandler((request, response, e) -> problem(json, request, response, HttpStatus.FORBIDDEN,
						"You are not allowed to do this.")));
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
			SsoUserService ssoUsers) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/actuator/health",
					"/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			// private calendar feeds: calendar applications cannot sign in, the secret
			// token
			// in the URL stands for the user and the duty module answers 404 without a
			// valid one
			.requestMatchers(HttpMethod.GET, "/calendar/*.ics")
			.permitAll()
			// criteria acknowledgement links (SEL-02): the secret token stands for the
			// contractor's contact; the selection module answers 404 without a valid one
			.requestMatchers("/criteria-acknowledgements/*")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").permitAll().failureHandler((request, response, ex) ->
			// only the owner, who typed the right password, learns that the account is
			// locked
			response.sendRedirect(
					request.getContextPath() + ((ex instanceof LockedException) ? "/login?locked" : "/login?error"))))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
		if (registrations.getIfAvailable() != null) {
			// single sign-on only when a client registration is configured
			http.oauth2Login((login) -> login.loginPage("/login")
				.failureUrl("/login?ssoError")
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(ssoUsers)));
		}
		return http.build();
	}

	private static void problem(JsonMapper json, HttpServletRequest request, HttpServletResponse response,
			HttpStatus status, String detail) throws java.io.IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Itaku\"");
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body));
	}

}
