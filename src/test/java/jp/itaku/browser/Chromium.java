package jp.itaku.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts headless Chromium for a browser test: the Debian packages {@code chromium} and
 * {@code chromium-driver} when installed (as on CI, where nothing may be downloaded),
 * else whatever Selenium Manager finds on a developer's machine.
 */
final class Chromium {

	private static final Path SYSTEM_BROWSER = Path.of("/usr/bin/chromium");

	private static final Path SYSTEM_DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	/**
	 * A fresh browser with its own profile folder.
	 * @param acceptLanguages what the browser asks for, e.g. {@code ja-JP,ja}
	 * @param profile an empty folder for the browser's profile
	 */
	static ChromeDriver start(String acceptLanguages, Path profile) {
		ChromeOptions options = new ChromeOptions();
		if (Files.isExecutable(SYSTEM_BROWSER)) {
			options.setBinary(SYSTEM_BROWSER.toFile());
		}
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
		// the JVM and headless Chromium default to English here: ask for the language
		// under test explicitly
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
		return new ChromeDriver(driverService(), options);
	}

	static Path newProfile() throws IOException {
		return Files.createTempDirectory("itaku-chromium-");
	}

	private static ChromeDriverService driverService() {
		if (Files.isExecutable(SYSTEM_DRIVER)) {
			return new ChromeDriverService.Builder().usingDriverExecutable(new File(SYSTEM_DRIVER.toString()))
				.usingAnyFreePort()
				.build();
		}
		return ChromeDriverService.createDefaultService();
	}

}
