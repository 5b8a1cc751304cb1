package jp.itaku.subcontracting;

import java.util.Locale;

import jp.itaku.contractor.Contractor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The subcontracting screens per role (規程 4.2(3)① R01): list, request form, request page
 * with its 稟議 and steps, chain, findings, and the contractor page's 再委託 tab.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubcontractingScreenTests {

	private static final RequestPostProcessor MEMBER = user("screen-member").roles("MEMBER");

	private static final RequestPostProcessor AUDITOR = user("screen-auditor").roles("AUDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void aMemberFilesARequestThroughTheForm() throws Exception {
		Contractor contractor = company("画面申請元株式会社");
		Contractor subcontractor = company("画面申請先株式会社");

		this.mvc.perform(get("/subcontracting/new").param("contractor", contractor.getId().toString()).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"register-subcontractor\"")));
		this.mvc
			.perform(post("/subcontracting").with(MEMBER)
				.with(csrf())
				.param("contractorId", contractor.getId().toString())
				.param("subcontractorId", subcontractor.getId().toString())
				.param("work", "帳票の印刷")
				.param("information", "請求書データ")
				.param("classification", "CONFIDENTIAL")
				.param("securityMeasures", "入退室管理と施錠保管")
				.param("periodFrom", "2026-12-01")
				.param("periodTo", "2027-03-31"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/subcontracting/*"))
			.andExpect(flash().attribute("notice", "subcontracting.notice.requested"));
	}

	@Test
	void aBadFormIsShownAgainWithTheErrorBesideTheField() throws Exception {
		Contractor contractor = company("画面誤り元株式会社");

		this.mvc
			.perform(post("/subcontracting").with(MEMBER)
				.with(csrf())
				.param("contractorId", contractor.getId().toString())
				.param("subcontractorId", contractor.getId().toString())
				.param("work", "業務")
				.param("information", "情報")
				.param("classification", "INTERNAL")
				.param("securityMeasures", "対策")
				.param("periodFrom", "2026-12-01")
				.param("periodTo", "2026-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("委託先自身を再委託先にはできません。")));
	}

	@Test
	void anAuditorCannotOpenTheRequestForm() throws Exception {
		this.mvc.perform(get("/subcontracting/new").with(AUDITOR)).andExpect(status().isForbidden());
	}

	@Test
	void theListShowsARequestAndFiltersPendingOnes() throws Exception {
		Contractor contractor = company("一覧元株式会社");
		Contractor subcontractor = company("一覧先株式会社");
		SubcontractingView approved = SubcontractingFixtures.approved(this.context, contractor.getId(),
				subcontractor.getId());

		this.mvc.perform(get("/subcontracting").param("contractor", contractor.getId().toString()).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-request-id=\"" + approved.id() + "\"")));
		this.mvc
			.perform(get("/subcontracting").param("contractor", contractor.getId().toString())
				.param("pending", "true")
				.with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-request-id=\"" + approved.id() + "\""))));
	}

	@Test
	void theRequestPageLinksItsApprovalAndOffersActivationToAMemberOnly() throws Exception {
		SubcontractingView approved = SubcontractingFixtures.approved(this.context, company("頁元株式会社").getId(),
				company("頁先株式会社").getId());

		this.mvc.perform(get("/subcontracting/{id}", approved.id()).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/approvals/" + approved.approvalId())))
			.andExpect(content().string(containsString("id=\"subcontracting-activate\"")))
			.andExpect(content().string(containsString("/checklists/subcontract/" + approved.id())));
		this.mvc.perform(get("/subcontracting/{id}", approved.id()).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"subcontracting-activate\""))));
	}

	@Test
	void activatingAPendingRequestOnTheScreenSaysWhyItIsRefused() throws Exception {
		SubcontractingView pending = this.context.getBean(Subcontracting.class)
			.request(SubcontractingFixtures.input(company("画面審議元株式会社").getId(), company("画面審議先株式会社").getId()));

		this.mvc
			.perform(post("/subcontracting/{id}/activation", pending.id()).with(MEMBER)
				.with(csrf())
				.param("version", String.valueOf(pending.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "subcontracting.error.notApproved"));
	}

	@Test
	void theChainPageShowsEachLevel() throws Exception {
		Contractor a = company("画面連鎖一株式会社");
		Contractor b = company("画面連鎖二株式会社");
		Contractor c = company("画面連鎖三株式会社");
		SubcontractingFixtures.approved(this.context, a.getId(), b.getId());
		SubcontractingFixtures.approved(this.context, b.getId(), c.getId());

		this.mvc.perform(get("/subcontracting/chain/{id}", a.getId()).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("画面連鎖二株式会社")))
			.andExpect(content().string(containsString("data-depth=\"2\"")))
			.andExpect(content().string(containsString("画面連鎖三株式会社")));
	}

	@Test
	void theContractorPageHasASubcontractingTab() throws Exception {
		Contractor contractor = company("タブ元株式会社");
		SubcontractingFixtures.approved(this.context, contractor.getId(), company("タブ先株式会社").getId());

		this.mvc.perform(get("/contractors/{id}", contractor.getId()).param("tab", "subcontracting").with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"subcontracting-requests\"")))
			.andExpect(content().string(containsString("タブ先株式会社")));
	}

	@Test
	void findingsAreRecordedOnTheScreenAndHiddenFromContractorAccounts() throws Exception {
		Contractor contractor = company("画面発見元株式会社");

		this.mvc
			.perform(post("/subcontracting/findings").with(MEMBER)
				.with(csrf())
				.param("contractorId", contractor.getId().toString())
				.param("subcontractorName", "株式会社画面未登録")
				.param("foundOn", "2026-11-02")
				.param("howFound", "委託先からの報告"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/subcontracting/findings/*"));
		this.mvc.perform(get("/subcontracting/findings").with(user("rep").roles("CONTRACTOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/subcontracting/findings").param("status", "OPEN").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("株式会社画面未登録")));
	}

	@Test
	void theListSpeaksEnglishWhenAskedTo() throws Exception {
		this.mvc.perform(get("/subcontracting").locale(Locale.ENGLISH).header("Accept-Language", "en").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Subcontracting requests")));
	}

	private Contractor company(String name) {
		return SubcontractingFixtures.company(this.context, name);
	}

}
