package jp.itaku.browser;

import java.util.List;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import jp.itaku.selection.CriterionInput;
import jp.itaku.selection.Evaluations;
import jp.itaku.selection.SelectionFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An evaluation of a contractor against the selection criteria (規程 4.1(1) SEL-01) in a
 * real browser: the live total follows the scores, and the recorded result shows on the
 * contractor's 選定評価 tab.
 */
class EvaluationBrowserTests extends BrowserTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	Contractors contractors;

	@Autowired
	Evaluations evaluations;

	@Test
	void aMemberScoresEveryCriterionSeesTheLiveTotalAndRecordsAPass() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		Contractor contractor = this.contractors
			.register(new ContractorDetails("ブラウザ評価株式会社", "ブラウザヒョウカ", null, null, null, null, null,
					java.util.Set.of(SupplierType.IT_SERVICE), java.util.Set.of(jp.itaku.contractor.AccessKind.VIEW),
					InformationClassification.INTERNAL, null, null, null, null, null, List.of()));
		List<CriterionInput> criteria = this.evaluations.applicableCriteria(contractor.contractorId());
		openBrowser(JAPANESE);
		signIn(MEMBER, MEMBER_PASSWORD);
		open("/selection/contractors/" + contractor.getId() + "/evaluations/new");

		for (int i = 0; i < criteria.size(); i++) {
			new Select(this.wait.until(ExpectedConditions.elementToBeClickable(By.id("rows" + i + ".score"))))
				.selectByValue(String.valueOf(criteria.get(i).scale().max()));
		}
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-total"), "100%"));
		assertThat(textOf(By.id("evaluation-total"))).contains("適合");
		type("conclusion", "全項目で基準を満たす");
		this.browser.findElement(By.id("save-evaluation")).click();

		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluations")));
		assertThat(textOf(By.id("evaluations"))).contains("適合").contains("100%");
	}

}
