package jp.itaku.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contract.ContractDetails;
import jp.itaku.contract.ContractKind;
import jp.itaku.contract.ContractStatus;
import jp.itaku.contract.ContractSummary;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The required-clause checklist (規程 4.2) in a real browser: a member opens a contract,
 * records findings in the section htmx loads into the contract page, and sees the
 * coverage change without leaving the page.
 */
class ChecklistBrowserTests extends BrowserTestSupport {

	@Autowired
	Contractors contractors;

	@Autowired
	Contracts contracts;

	private ContractSummary nda() {
		UUID contractorId = this.contractors
			.register(new ContractorDetails("ブラウザ条項株式会社", "ブラウザジョウコウ", null, null, null, null, null,
					Set.of(SupplierType.OTHER), Set.of(AccessKind.NONE), InformationClassification.INTERNAL, null, null,
					null, null, null, List.of()))
			.getId();
		ContractSummary draft = this.contracts.register(new ContractDetails(contractorId, ContractKind.NDA, "秘密保持契約",
				"BR-" + UUID.randomUUID().toString().substring(0, 6), "ブラウザ条項株式会社", LocalDate.of(2026, 4, 1),
				LocalDate.of(2027, 3, 31), false, null, null, null, null));
		return this.contracts.changeStatus(draft.id(), draft.version(), ContractStatus.CONCLUDED);
	}

	@Test
	void aMemberRecordsFindingsOnTheContractPageAndSeesTheCoverageChange() throws Exception {
		ContractSummary contract = nda();
		openBrowser(JAPANESE);
		signIn(MEMBER, MEMBER_PASSWORD);
		open("/contracts/" + contract.id());

		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("coverage")));
		assertThat(textOf(By.id("coverage-present"))).isEqualTo("0");
		assertThat(textOf(By.id("coverage-unreviewed"))).isEqualTo("10");
		new Select(this.wait.until(ExpectedConditions.elementToBeClickable(By.id("verdict-N01"))))
			.selectByValue("PRESENT");
		type("article-N01", "第2条第1項");
		new Select(this.browser.findElement(By.id("verdict-N08"))).selectByValue("ABSENT");
		this.browser.findElement(By.id("checklist-save")).click();

		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checklist-notice")));
		assertThat(textOf(By.id("coverage-present"))).isEqualTo("1");
		assertThat(textOf(By.id("coverage-unresolved"))).isEqualTo("1");
		assertThat(textOf(By.id("coverage-unreviewed"))).isEqualTo("8");
		assertThat(this.browser.getCurrentUrl()).endsWith("/contracts/" + contract.id());
		assertThat(this.browser.findElement(By.id("correction-N08")).isDisplayed()).isTrue();
	}

}
