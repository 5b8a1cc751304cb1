package jp.itaku.compliance;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The compliance screen (規程準拠状況).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ComplianceScreenTests {

	@Autowired
	MockMvc mvc;

	@Test
	void groupsTheRequirementsBySectionOfTheRegulation() throws Exception {
		this.mvc.perform(get("/compliance").with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("4.1 委託先の選定に関する遵守事項", "SEL-01",
					"4.2(1)① 秘密保持契約又は守秘義務契約の内容", "N01", "4.2(1)③ 供給者関係の内容", "S01", "4.2(3) 再委託に関する契約事項", "R01",
					"5.3 委託先の管理に関しての確認事項", "OPS-09", "9 改訂", "REV-03")));
	}

	@Test
	void showsACountPerStatusAtTheTop() throws Exception {
		this.mvc.perform(get("/compliance").with(user("member").roles("MEMBER")))
			.andExpect(content().string(stringContainsInOrder("id=\"compliance-summary\"", "summary-OK", "適合",
					"summary-GAP", "不備あり", "summary-NOT_TRACKED", "未追跡", "SEL-01")));
	}

	@Test
	void showsTheScreenInEnglish() throws Exception {
		this.mvc.perform(get("/compliance").header("Accept-Language", "en").with(user("auditor").roles("AUDITOR")))
			.andExpect(content().string(containsString("Regulation compliance")))
			.andExpect(content().string(containsString("4.2(1)③ Content of the supplier relationship")))
			.andExpect(content().string(containsString("Not tracked")));
	}

	@Test
	void aContractorMayNotOpenIt() throws Exception {
		this.mvc.perform(get("/compliance").with(user("contractor").roles("CONTRACTOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/compliance")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

}
