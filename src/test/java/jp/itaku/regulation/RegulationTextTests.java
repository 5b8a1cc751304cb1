package jp.itaku.regulation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class RegulationTextTests {

	private static List<RegulationText.Section> shipped() throws IOException {
		return RegulationText.parse(new ClassPathResource(Regulation.TEXT).getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theShippedRegulationHasItsNineClausesAndTheirSubSections() throws IOException {
		assertThat(shipped()).extracting(RegulationText.Section::number)
			.containsExactly("1", "2", "3", "4", "4.1", "4.2", "4.3", "4.4", "5", "5.1", "5.2", "5.3", "5.4", "6", "7",
					"8", "9");
	}

	@Test
	void headingsAreSeparatedFromTheirNumbers() throws IOException {
		assertThat(shipped()).filteredOn((section) -> section.number().equals("4.2"))
			.singleElement()
			.extracting(RegulationText.Section::heading)
			.isEqualTo("委託契約に関する遵守事項");
	}

	@Test
	void aSectionKeepsItsTextWithoutTheHeading() throws IOException {
		RegulationText.Section purpose = shipped().get(0);
		assertThat(purpose.heading()).isEqualTo("趣旨");
		assertThat(purpose.text()).startsWith("本規程は、").doesNotContain("趣旨\n");
	}

	@Test
	void theTitleBeforeTheFirstSectionBelongsToNone() {
		List<RegulationText.Section> sections = RegulationText.parse("題名\n１\t趣旨\n本文\n２．１ 細目\n細目の本文\n");
		assertThat(sections).containsExactly(new RegulationText.Section("1", "趣旨", "本文", 1),
				new RegulationText.Section("2.1", "細目", "細目の本文", 2));
	}

}
