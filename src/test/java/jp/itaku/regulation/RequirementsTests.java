package jp.itaku.regulation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class RequirementsTests {

	private final Requirements requirements = new Requirements(messages());

	@Test
	void loadsAllSixtyFourRequirementsInTheOrderOfTheRegulation() {
		List<Requirement> all = this.requirements.all();

		assertThat(all).hasSize(64);
		assertThat(all).extracting(Requirement::id)
			.startsWith("SEL-01", "SEL-02", "SEL-03", "SEL-04", "N01")
			.endsWith("REV-01", "REV-02", "REV-03")
			.contains("S01", "S03", "R01", "OPS-06", "EXC-01")
			.doesNotHaveDuplicates();
	}

	@Test
	void keepsEveryColumnOfARequirement() {
		Requirement s01 = this.requirements.find("S01").orElseThrow();

		assertThat(s01.section()).isEqualTo("4.2(1)③");
		assertThat(s01.kind()).isEqualTo("contract-clause");
		assertThat(s01.textJa()).startsWith("組織が、自らの情報へのアクセスを許可する供給者の種類");
		assertThat(s01.iso27001()).isEqualTo("A.5.19 / A.5.20");
	}

	@Test
	void everyRequirementHasAnEnglishText() throws IOException {
		Properties english = load("messages/regulation_en.properties");

		assertThat(this.requirements.all())
			.allSatisfy((requirement) -> assertThat(english.getProperty(Requirements.textKey(requirement.id())))
				.as("English text of %s", requirement.id())
				.isNotBlank()
				.isNotEqualTo(requirement.textJa()));
	}

	@Test
	void answersTheTextInTheCallersLanguage() {
		Requirement r01 = this.requirements.find("R01").orElseThrow();

		assertThat(this.requirements.text(r01, Locale.JAPANESE)).isEqualTo(r01.textJa());
		assertThat(this.requirements.text(r01, Locale.ENGLISH))
			.isEqualTo("The contractor must obtain the organisation's prior approval before subcontracting");
	}

	@Test
	void groupsRequirementsByThePartsOfTheRegulation() {
		assertThat(clauses()).containsExactly("4.1", "4.2(1)①", "4.2(1)②", "4.2(1)③", "4.2(2)", "4.2(3)", "4.3", "4.4",
				"5.1", "5.2", "5.3", "5.4", "6", "7", "8", "9");
	}

	@Test
	void everyPartOfTheRegulationHasATitleInBothLanguages() throws IOException {
		Properties japanese = load("messages/regulation.properties");
		Properties english = load("messages/regulation_en.properties");

		assertThat(clauses()).allSatisfy((clause) -> {
			assertThat(japanese.getProperty("regulation.clause." + clause)).as(clause).startsWith(clause + " ");
			assertThat(english.getProperty("regulation.clause." + clause)).as(clause).startsWith(clause + " ");
		});
	}

	private List<String> clauses() {
		return this.requirements.all().stream().map(Requirement::clause).distinct().toList();
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/regulation");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
