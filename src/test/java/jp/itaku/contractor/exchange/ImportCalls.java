package jp.itaku.contractor.exchange;

import com.jayway.jsonpath.JsonPath;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API calls of the import tests, made as a member unless told otherwise.
 */
final class ImportCalls {

	private final MockMvc mvc;

	ImportCalls(MockMvc mvc) {
		this.mvc = mvc;
	}

	ResultActions preview(MockMultipartFile file) throws Exception {
		return preview(file, "member", "MEMBER");
	}

	ResultActions preview(MockMultipartFile file, String username, String role) throws Exception {
		return this.mvc.perform(multipart("/api/v1/contractors/imports").file(file).with(user(username).roles(role)));
	}

	/** Previews the file, expecting success, and answers the token. */
	String token(MockMultipartFile file) throws Exception {
		String body = preview(file).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	ResultActions commit(String token) throws Exception {
		return commit(token, "member", "MEMBER");
	}

	ResultActions commit(String token, String username, String role) throws Exception {
		return this.mvc
			.perform(post("/api/v1/contractors/imports/{token}/commit", token).with(user(username).roles(role)));
	}

	byte[] exportXlsx(String q) throws Exception {
		return this.mvc.perform(get("/api/v1/contractors/export").param("q", q).with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
