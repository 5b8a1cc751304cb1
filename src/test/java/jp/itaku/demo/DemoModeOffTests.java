package jp.itaku.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Outside the demo profile there is no demo: no demo data, and no password on the login
 * page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoModeOffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theLoginPageDoesNotShowTheDemoPassword() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("demo-hint"))))
			.andExpect(content().string(not(containsString("itaku-demo"))));
	}

	@Test
	void theDemoDataIsNotLoaded() {
		assertThat(this.context.getBeanNamesForType(DemoDataLoader.class)).isEmpty();
	}

}
