package jp.itaku.identity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the language of a request: a signed-in user's own choice, else the browser's
 * {@code Accept-Language} (Japanese or English only), else Japanese. Visitors who are not
 * signed in (the login page) may switch with {@code ?lang=ja|en}, kept in a cookie.
 */
class ItakuLocaleResolver implements LocaleResolver {

	static final String COOKIE = "itaku-lang";

	static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

	private static final String ATTRIBUTE = ItakuLocaleResolver.class.getName() + ".locale";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		if (signedIn) {
			if (authentication.getPrincipal() instanceof ItakuPrincipal principal
					&& supported(principal.preferredLocale()) != null) {
				return supported(principal.preferredLocale());
			}
			return browser(request);
		}
		Locale fromCookie = fromCookie(request);
		return (fromCookie != null) ? fromCookie : browser(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = supported(locale);
		if (chosen == null) {
			return;
		}
		request.setAttribute(ATTRIBUTE, chosen);
		if (response != null) {
			response.addHeader("Set-Cookie",
					ResponseCookie.from(COOKIE, chosen.getLanguage())
						.path("/")
						.maxAge(Duration.ofDays(365))
						.httpOnly(true)
						.sameSite("Lax")
						.build()
						.toString());
		}
	}

	/** Japanese or English, from the browser's preferences; Japanese when neither. */
	static Locale browser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Locale.JAPANESE;
		}
		try {
			List<Locale> matches = Locale.filter(Locale.LanguageRange.parse(header), SUPPORTED);
			return matches.isEmpty() ? Locale.JAPANESE : matches.get(0);
		}
		catch (IllegalArgumentException ex) {
			// a malformed header is no reason to fail the page
			return Locale.JAPANESE;
		}
	}

	static Locale supported(Locale locale) {
		if (locale == null) {
			return null;
		}
		return SUPPORTED.stream()
			.filter((candidate) -> candidate.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(null);
	}

	private static Locale fromCookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				return supported(Locale.forLanguageTag(cookie.getValue()));
			}
		}
		return null;
	}

}
