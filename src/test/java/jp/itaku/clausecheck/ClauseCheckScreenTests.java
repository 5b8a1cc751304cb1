package jp.itaku.clausecheck;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The {@code /clause-checks} screen: upload or paste, verdicts with evidence, highlight.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClauseCheckScreenTests {

	@Autowired
	MockMvc mvc;

	@Test
	void showsTheFormToAMember() throws Exception {
		this.mvc.perform(get("/clause-checks").with(user("cc-member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("契約書の条項チェック")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void showsTheFormInEnglish() throws Exception {
		this.mvc.perform(get("/clause-checks").with(user("cc-member").roles("MEMBER")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contract clause check")));
	}

	@Test
	void showsEachVerdictWithItsEvidenceAndMarksThePassage() throws Exception {
		this.mvc
			.perform(multipart("/clause-checks").param("text", ClauseCheckApiTests.CONTRACT)
				.with(csrf())
				.with(user("cc-member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"finding-R01\"")))
			.andExpect(content().string(containsString("再委託の事前承認")))
			.andExpect(content().string(containsString("<mark>乙は、本業務を第三者に再委託してはならない。</mark>")));
	}

	@Test
	void escapesTheContractText() throws Exception {
		this.mvc
			.perform(multipart("/clause-checks").param("text", "第1条（目的）\n<script>alert(1)</script>を定める。")
				.with(csrf())
				.with(user("cc-member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
	}

	@Test
	void showsARefusedFileAsALocalisedError() throws Exception {
		MockMultipartFile png = new MockMultipartFile("file", "contract.pdf", "application/pdf",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 });
		this.mvc.perform(multipart("/clause-checks").file(png).with(csrf()).with(user("cc-member").roles("MEMBER")))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().string(containsString("この種類のファイルはチェックできません")));
	}

	@Test
	void refusesAPostWithoutTheCsrfToken() throws Exception {
		this.mvc
			.perform(multipart("/clause-checks").param("text", ClauseCheckApiTests.CONTRACT)
				.with(user("cc-member").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesAContractorAccount() throws Exception {
		this.mvc.perform(get("/clause-checks").with(user("cc-contractor").roles("CONTRACTOR")))
			.andExpect(status().isForbidden());
	}

}
