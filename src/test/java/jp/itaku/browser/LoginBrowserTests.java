package jp.itaku.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in, in a real browser: Japanese by default, English for an English browser.
 */
class LoginBrowserTests extends BrowserTestSupport {

	@Test
	void showsTheLoginPageInJapanese() throws Exception {
		openBrowser(JAPANESE);
		open("/login");

		assertThat(textOf(By.tagName("h1"))).isEqualTo("ログイン");
		assertThat(textOf(By.cssSelector("label[for=username]"))).isEqualTo("ユーザー名");
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");
	}

	@Test
	void signingInLeadsToTheJapaneseHomePage() throws Exception {
		openBrowser(JAPANESE);

		signIn(MEMBER, MEMBER_PASSWORD);

		assertThat(textOf(By.tagName("h1"))).isEqualTo("ようこそ、" + MEMBER_DISPLAY_NAME + " さん");
		assertThat(textOf(By.id("current-user"))).isEqualTo(MEMBER_DISPLAY_NAME);
		assertThat(textOf(By.id("nav-contractors"))).isEqualTo("委託先台帳");
	}

	@Test
	void aWrongPasswordIsRefusedWithAJapaneseMessage() throws Exception {
		openBrowser(JAPANESE);
		open("/login");
		type("username", MEMBER);
		type("password", "not-the-password");
		this.browser.findElement(By.id("login-submit")).click();

		assertThat(textOf(By.id("login-error"))).contains("ユーザー名またはパスワード");
		assertThat(this.browser.findElements(By.id("current-user"))).isEmpty();
	}

	@Test
	void anEnglishBrowserSignsInInEnglish() throws Exception {
		openBrowser(ENGLISH);
		open("/login");
		assertThat(textOf(By.tagName("h1"))).isEqualTo("Sign in");

		signIn(MEMBER, MEMBER_PASSWORD);

		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
		assertThat(textOf(By.tagName("h1"))).isEqualTo("Welcome, " + MEMBER_DISPLAY_NAME);
	}

}
