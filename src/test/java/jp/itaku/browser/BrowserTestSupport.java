package jp.itaku.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * The application on a random port and a fresh headless Chromium per test, in the
 * language the test asks for. A failing test leaves a screenshot and the page's HTML in
 * {@code target/browser-failures/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ScreenshotOnFailure.class)
abstract class BrowserTestSupport {

	static final String JAPANESE = "ja-JP,ja";

	static final String ENGLISH = "en-US,en";

	static final String MEMBER = "browser-member";

	static final String MEMBER_PASSWORD = "browser-member-password";

	static final String MEMBER_DISPLAY_NAME = "ブラウザ会員";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	WebDriver browser;

	WebDriverWait wait;

	private Path profile;

	@BeforeEach
	void createTestUsers() {
		// the application context is shared by all browser test classes
		if (!this.accounts.exists(MEMBER)) {
			this.accounts.createLocal(MEMBER, MEMBER_DISPLAY_NAME, MEMBER_PASSWORD, Set.of(Role.MEMBER), null);
		}
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.profile != null) {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

	/** Starts the browser asking for the given languages, e.g. {@link #JAPANESE}. */
	void openBrowser(String acceptLanguages) throws IOException {
		this.profile = Chromium.newProfile();
		this.browser = Chromium.start(acceptLanguages, this.profile);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
	}

	void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	/**
	 * Signs in through the login page and waits until the navigation bar names the user.
	 */
	void signIn(String username, String password) {
		open("/login");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("login-submit")));
		type("username", username);
		type("password", password);
		this.browser.findElement(By.id("login-submit")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
	}

	void type(String id, String text) {
		var field = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
		field.clear();
		field.sendKeys(text);
	}

	String textOf(By locator) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
	}

	/** Called by {@link ScreenshotOnFailure} before the browser closes. */
	void saveEvidence(String name) throws IOException {
		if (this.browser == null) {
			return;
		}
		Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
		byte[] png = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES);
		Files.write(folder.resolve(name + ".png"), png);
		Files.writeString(folder.resolve(name + ".html"), this.browser.getPageSource());
	}

}
