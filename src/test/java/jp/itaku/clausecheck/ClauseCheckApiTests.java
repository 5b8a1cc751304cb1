package jp.itaku.clausecheck;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/clause-checks} (規程 4.2): the answer's shape with all 37 ids, who
 * may call it, and bad input as localised problems.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClauseCheckApiTests {

	static final String API = "/api/v1/clause-checks";

	static final RequestPostProcessor MEMBER = user("cc-member").roles("MEMBER");

	static final String CONTRACT = """
			第1条（秘密情報）
			本契約において「秘密情報」とは、甲が乙に開示した一切の情報をいう。
			第2条（再委託）
			乙は、本業務を第三者に再委託してはならない。ただし、事前に甲の書面による承諾を得た場合はこの限りでない。
			""";

	@Autowired
	MockMvc mvc;

	@Test
	void answersAllThirtySevenRequirementsInRequirementsOrderForPastedText() throws Exception {
		this.mvc
			.perform(post(API).with(MEMBER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":" + json(CONTRACT) + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requirements", hasSize(37)))
			.andExpect(jsonPath("$.requirements[*].id", contains(ClauseChecks.REQUIREMENT_IDS.toArray())))
			.andExpect(jsonPath("$.requirements[*].verdict", everyItem(in(List.of("present", "partial", "absent")))))
			.andExpect(jsonPath("$.requirements[36].id").value("R01"))
			.andExpect(jsonPath("$.requirements[36].verdict").value("present"))
			.andExpect(jsonPath("$.requirements[36].confidence").isNumber())
			.andExpect(jsonPath("$.requirements[36].evidence[0].article").value("第2条"))
			.andExpect(jsonPath("$.requirements[36].evidence[0].excerpt").value(containsString("再委託してはならない")))
			.andExpect(jsonPath("$.requirements[0].evidence[0].article").value("第1条"))
			.andExpect(jsonPath("$.articles").value(2))
			.andExpect(jsonPath("$.millis").isNumber());
	}

	@Test
	void checksAnUploadedShiftJisFile() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "contract.txt", "text/plain",
				CONTRACT.getBytes("windows-31j"));
		this.mvc.perform(multipart(API).file(file).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requirements", hasSize(37)))
			.andExpect(jsonPath("$.requirements[36].verdict").value("present"));
	}

	@Test
	void checksAnUploadedPdfByItsContentWhateverItsName() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "contract.txt", "text/plain",
				TestDocuments.pdf(List.of("Article 1 (Purpose)", "This agreement sets the terms of the work.")));
		this.mvc.perform(multipart(API).file(file).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requirements", hasSize(37)));
	}

	@Test
	void letsTheCommitteeAuditorsAndAdministratorsCheck() throws Exception {
		for (String role : List.of("COMMITTEE", "AUDITOR", "ADMIN")) {
			this.mvc
				.perform(post(API).with(user("cc-" + role.toLowerCase()).roles(role))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"text\":" + json(CONTRACT) + "}"))
				.andExpect(status().isOk());
		}
	}

	@Test
	void refusesAContractorAccount() throws Exception {
		this.mvc
			.perform(post(API).with(user("cc-contractor").roles("CONTRACTOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":" + json(CONTRACT) + "}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesAnAnonymousCaller() throws Exception {
		this.mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content("{\"text\":" + json(CONTRACT) + "}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void refusesAnImageAsAnUnsupportedTypeInTheCallersLanguage() throws Exception {
		MockMultipartFile png = new MockMultipartFile("file", "contract.pdf", "application/pdf",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 });
		this.mvc.perform(multipart(API).file(png).with(MEMBER))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("unsupportedType"))
			.andExpect(jsonPath("$.detail").value(containsString("PDF、DOCX")));
		this.mvc.perform(multipart(API).file(png).with(MEMBER).header("Accept-Language", "en"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(containsString("Choose a PDF")));
	}

	@Test
	void refusesAnEncryptedPdf() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "contract.pdf", "application/pdf",
				TestDocuments.encryptedPdf(List.of("Article 1")));
		this.mvc.perform(multipart(API).file(file).with(MEMBER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("encrypted"));
	}

	@Test
	void refusesAnImageOnlyPdf() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "scan.pdf", "application/pdf",
				TestDocuments.imageOnlyPdf());
		this.mvc.perform(multipart(API).file(file).with(MEMBER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("noTextLayer"));
	}

	@Test
	void refusesAZipBombDocx() throws Exception {
		// 210 MB of zeros packs into a few hundred kilobytes; the default limit is 200 MB
		MockMultipartFile file = new MockMultipartFile("file", "contract.docx", "application/octet-stream",
				TestDocuments.zipBombDocx(210));
		this.mvc.perform(multipart(API).file(file).with(MEMBER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("zipBomb"));
	}

	@Test
	void refusesAFileOverTwentyMegabytes() throws Exception {
		byte[] content = new byte[20 * 1024 * 1024 + 1];
		java.util.Arrays.fill(content, (byte) 'a');
		MockMultipartFile file = new MockMultipartFile("file", "contract.txt", "text/plain", content);
		this.mvc.perform(multipart(API).file(file).with(MEMBER))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("tooLarge"));
	}

	@Test
	void refusesBlankText() throws Exception {
		this.mvc.perform(post(API).with(MEMBER).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"  \"}"))
			.andExpect(status().isBadRequest());
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
