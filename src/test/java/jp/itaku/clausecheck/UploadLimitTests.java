package jp.itaku.clausecheck;

import java.util.Collection;

import jakarta.servlet.http.Part;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An upload past the servlet container's multipart limit gets the check's own localised
 * 413, not Spring's, on the API and the screen. The request's parts fail to parse the way
 * Tomcat's do past {@code spring.servlet.multipart.max-file-size}, so that Spring's
 * multipart resolver raises its size exception before any controller is chosen.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UploadLimitTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theApiAnswersALocalisedProblem() throws Exception {
		this.mvc.perform(post(UploadLimitAdvice.API).with(pastTheLimit()).with(user("cc-member").roles("MEMBER")))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("tooLarge"))
			.andExpect(jsonPath("$.detail").value(containsString("大きすぎます")));
	}

	@Test
	void theApiAnswersInTheCallersLanguage() throws Exception {
		this.mvc
			.perform(post(UploadLimitAdvice.API).with(pastTheLimit())
				.header("Accept-Language", "en")
				.with(user("cc-member").roles("MEMBER")))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value(containsString("too large")));
	}

	@Test
	void theScreenShowsTheLocalisedError() throws Exception {
		this.mvc
			.perform(post(UploadLimitAdvice.SCREEN).with(pastTheLimit())
				.with(csrf())
				.with(user("cc-member").roles("MEMBER")))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("id=\"error\"")))
			.andExpect(content().string(containsString("大きすぎます")));
	}

	/** A multipart request whose parts fail to parse as Tomcat's do past the limit. */
	private static RequestPostProcessor pastTheLimit() {
		return (request) -> {
			MockHttpServletRequest tooLarge = new MockHttpServletRequest(request.getServletContext(),
					request.getMethod(), request.getRequestURI()) {

				@Override
				public Collection<Part> getParts() {
					throw new IllegalStateException(
							"org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException:"
									+ " The field file exceeds its maximum permitted size of 22020096 bytes.");
				}

			};
			tooLarge.setContentType("multipart/form-data; boundary=limit");
			request.getHeaderNames()
				.asIterator()
				.forEachRemaining((name) -> tooLarge.addHeader(name, request.getHeader(name)));
			return tooLarge;
		};
	}

}
