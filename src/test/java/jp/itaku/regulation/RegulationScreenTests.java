package jp.itaku.regulation;

import java.util.List;

import jp.itaku.regulation.RegulationText.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The regulation's screens and the comparison of two versions; readable only by the
 * regulation's subjects (規程 8 PUB-01).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegulationScreenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Regulation regulation;

	@Test
	void showsTheVersionInForceWithRequirementIdsBesideItsSections() throws Exception {
		this.mvc.perform(get("/regulation").with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("委託先の選定に関する遵守事項")))
			.andExpect(content().string(containsString("id=\"section-4.2\"")))
			.andExpect(content().string(containsString(">R01<")))
			.andExpect(content().string(containsString(Regulation.INITIAL_APPROVER)));
	}

	@Test
	void showsTheEffectiveDateInTheUsersDateStyle() throws Exception {
		RegulationVersion inForce = this.regulation.inForce().orElseThrow();
		this.mvc.perform(get("/regulation").with(user("member").roles("MEMBER")))
			.andExpect(content().string(containsString("id=\"effective-on\">" + inForce.effectiveOn() + "<")));
	}

	@Test
	void listsTheVersionHistory() throws Exception {
		this.mvc.perform(get("/regulation/versions").with(user("committee").roles("COMMITTEE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(Regulation.INITIAL_APPROVER)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/regulation", "/regulation/versions", "/regulation/compare?from=1&to=1" })
	void isForbiddenToContractorAccounts(String screen) throws Exception {
		this.mvc.perform(get(screen).with(user("contractor").roles("CONTRACTOR"))).andExpect(status().isForbidden());
	}

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/regulation")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void comparisonMarksTheChangedPassageOfADraft() throws Exception {
		int draft = draftChangingSectionFourOne();
		this.mvc
			.perform(get("/api/v1/regulation/compare").param("from", "1")
				.param("to", String.valueOf(draft))
				.with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[?(@.number == '4.1')].change", hasItem("CHANGED")))
			.andExpect(jsonPath("$.sections[?(@.number == '4.2')].change", hasItem("UNCHANGED")))
			.andExpect(jsonPath("$.sections[?(@.number == '4.1')].rows[?(@.changed == true)].to",
					hasItem("委託先は年に一度見直す。")));
	}

	@Test
	void comparisonScreenShowsBothVersionsSideBySide() throws Exception {
		int draft = draftChangingSectionFourOne();
		this.mvc
			.perform(get("/regulation/compare").param("from", "1")
				.param("to", String.valueOf(draft))
				.with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<tr class=\"changed\">")))
			.andExpect(content().string(containsString("委託先は年に一度見直す。")));
	}

	private int draftChangingSectionFourOne() {
		List<Section> sections = this.regulation.sections(1)
			.stream()
			.map((s) -> s.number().equals("4.1") ? new Section(s.number(), s.heading(), "委託先は年に一度見直す。", s.position())
					: s)
			.toList();
		return this.regulation.createDraft("tester", "4.1 を簡素化", sections, this.regulation.requirements(1)).number();
	}

}
