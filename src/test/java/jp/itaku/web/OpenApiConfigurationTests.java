package jp.itaku.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class OpenApiConfigurationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void apiDocumentIsPublicAndTitled() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Itaku API"))
			.andExpect(jsonPath("$.info.version").value("v1"))
			.andExpect(jsonPath("$.info.description").isNotEmpty());
	}

	@Test
	void apiDocumentOffersHttpBasicAndBearerTokens() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
			.andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"));
	}

	@Test
	void apiDocumentListsTheContractorRegister() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(jsonPath("$.paths['/api/v1/contractors']").exists());
	}

	@Test
	void apiDocumentLeavesOutTheScreens() throws Exception {
		String body = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		List<String> paths = new ArrayList<>(this.json.readTree(body).get("paths").propertyNames());

		assertThat(paths).isNotEmpty().allSatisfy((path) -> assertThat(path).startsWith("/api/v1/"));
	}

	@Test
	void swaggerUiIsReachableWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

}
