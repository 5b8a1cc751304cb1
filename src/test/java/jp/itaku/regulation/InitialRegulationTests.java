package jp.itaku.regulation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Version 1 is loaded once, at first start, and never again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InitialRegulationTests {

	@Autowired
	Regulation regulation;

	@Autowired
	InitialRegulation initial;

	@Test
	void versionOneIsInForceAfterFirstStart() {
		assertThat(this.regulation.inForce()).hasValueSatisfying((version) -> {
			assertThat(version.number()).isEqualTo(1);
			assertThat(version.approvedOn()).isNotNull();
			assertThat(version.effectiveOn()).isNotNull();
		});
		assertThat(this.regulation.sections(1)).hasSize(17);
		assertThat(this.regulation.requirements(1)).hasSize(64);
	}

	@Test
	void aSecondRunCreatesNothing() throws Exception {
		int before = this.regulation.countVersions();
		this.initial.run(null);
		assertThat(this.regulation.loadInitialIfNone()).isFalse();
		assertThat(this.regulation.countVersions()).isEqualTo(before);
		assertThat(this.regulation.sections(1)).hasSize(17);
	}

}
