package jp.itaku.browser;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.CorporateNumber;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's first journey through the contractor register (委託先台帳, 規程 4.2(1)③ S01, S03)
 * in a real browser: register a contractor, find it again by its kana, open it.
 */
class ContractorJourneyBrowserTests extends BrowserTestSupport {

	private static final String OTHER_KANA = "ベッケンショウジ";

	private static final AtomicLong corporateNumbers = new AtomicLong(700000000001L);

	@Autowired
	Contractors contractors;

	@BeforeEach
	void registerAnotherContractor() {
		if (this.contractors.search(new ContractorQuery(OTHER_KANA, null, null, null, null, null), Pageable.unpaged())
			.isEmpty()) {
			this.contractors.register(new ContractorDetails("別件商事株式会社", OTHER_KANA, null, null, null, null, null,
					Set.of(SupplierType.OTHER), Set.of(AccessKind.NONE), InformationClassification.PUBLIC, null, null,
					null, null, null, List.of()));
		}
	}

	@Test
	void memberRegistersAContractorAndFindsItByKanaInJapanese() throws Exception {
		openBrowser(JAPANESE);
		signIn(MEMBER, MEMBER_PASSWORD);

		this.browser.findElement(By.id("nav-contractors")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contractor-table")));
		register("さくら物流株式会社", "サクラブツリュウ");

		assertThat(textOf(By.id("contractor-name"))).isEqualTo("さくら物流株式会社");
		assertThat(textOf(By.id("flash"))).isNotBlank();

		// typed in hiragana, the search still finds the reading stored in katakana
		openFoundByKana("さくらぶつりゅう", "さくら物流株式会社");
	}

	@Test
	void memberRegistersAContractorAndFindsItByKanaInEnglish() throws Exception {
		openBrowser(ENGLISH);
		signIn(MEMBER, MEMBER_PASSWORD);

		assertThat(textOf(By.id("nav-contractors"))).isEqualTo("Contractor register");
		this.browser.findElement(By.id("nav-contractors")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contractor-table")));
		register("Maple Cloud K.K.", "メイプルクラウド");

		assertThat(textOf(By.id("contractor-name"))).isEqualTo("Maple Cloud K.K.");

		openFoundByKana("メイプルクラウド", "Maple Cloud K.K.");
	}

	/** Fills and saves the registration form; waits for the new contractor's page. */
	private void register(String name, String kana) {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("new-contractor"))).click();
		type("name", name);
		type("nameKana", kana);
		type("corporateNumber", nextCorporateNumber());
		this.browser.findElement(By.id("supplierType-IT_SERVICE")).click();
		this.browser.findElement(By.id("accessKind-VIEW")).click();
		new Select(this.browser.findElement(By.id("highestClassification"))).selectByValue("CONFIDENTIAL");
		this.browser.findElement(By.id("save")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contractor-name")));
	}

	/**
	 * Searches the list by kana, waits until it shows only the contractor of that name
	 * (the register always holds another one, so an unfiltered list never passes), and
	 * opens it.
	 */
	private void openFoundByKana(String kana, String name) {
		this.browser.findElement(By.id("nav-contractors")).click();
		type("search-q", kana);
		this.browser.findElement(By.id("search-submit")).click();
		By links = By.cssSelector("#contractor-table .contractor-link");
		this.wait.ignoring(StaleElementReferenceException.class).until((browser) -> {
			List<WebElement> found = browser.findElements(links);
			return found.size() == 1 && found.get(0).getText().equals(name);
		});
		this.wait.until((browser) -> {
			browser.findElement(links).click();
			return true;
		});
		this.wait.until(ExpectedConditions.textToBe(By.id("contractor-name"), name));
	}

	/** A valid, so far unused 法人番号: twelve base digits and their check digit. */
	private static String nextCorporateNumber() {
		String base = String.valueOf(corporateNumbers.getAndIncrement());
		return IntStream.rangeClosed(1, 9)
			.mapToObj((check) -> check + base)
			.filter(CorporateNumber::isValid)
			.findFirst()
			.orElseThrow();
	}

}
