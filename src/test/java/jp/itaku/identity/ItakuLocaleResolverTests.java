package jp.itaku.identity;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class ItakuLocaleResolverTests {

	private final ItakuLocaleResolver resolver = new ItakuLocaleResolver();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void japaneseWithoutAnyPreference() {
		assertThat(this.resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.JAPANESE);
	}

	@Test
	void followsAnEnglishBrowser() {
		assertThat(this.resolver.resolveLocale(browser("en-US,en;q=0.9"))).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void takesTheFirstSupportedLanguageOfTheBrowser() {
		assertThat(this.resolver.resolveLocale(browser("fr-FR,en;q=0.8,ja;q=0.5"))).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void fallsBackToJapaneseForAnUnsupportedBrowserLanguage() {
		assertThat(this.resolver.resolveLocale(browser("fr-FR,de;q=0.8"))).isEqualTo(Locale.JAPANESE);
	}

	@Test
	void aVisitorsSwitchIsKeptInACookie() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.setLocale(browser("ja"), response, Locale.ENGLISH);
		Cookie cookie = response.getCookie(ItakuLocaleResolver.COOKIE);
		assertThat(cookie).isNotNull();
		MockHttpServletRequest next = browser("ja");
		next.setCookies(cookie);
		assertThat(this.resolver.resolveLocale(next)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void ignoresAnUnsupportedSwitch() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.setLocale(browser("ja"), response, Locale.FRENCH);
		assertThat(response.getCookie(ItakuLocaleResolver.COOKIE)).isNull();
	}

	@Test
	void aSignedInUsersChoiceWinsOverTheBrowser() {
		signIn(Locale.ENGLISH);
		assertThat(this.resolver.resolveLocale(browser("ja-JP"))).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void aSignedInUserWithoutAChoiceFollowsTheBrowserNotTheCookie() {
		signIn(null);
		MockHttpServletRequest request = browser("en");
		request.setCookies(new Cookie(ItakuLocaleResolver.COOKIE, "ja"));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void survivesAMalformedHeader() {
		assertThat(this.resolver.resolveLocale(browser(";;;q=abc"))).isEqualTo(Locale.JAPANESE);
	}

	private static void signIn(Locale locale) {
		AccountUserDetails principal = new AccountUserDetails(UUID.randomUUID(), "member", null, true, false,
				List.of("ROLE_MEMBER"), null, "会員", locale, DateStyle.ISO);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

	private static MockHttpServletRequest browser(String acceptLanguage) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", acceptLanguage);
		return request;
	}

}
