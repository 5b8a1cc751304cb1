package jp.itaku.regulation;

import java.util.List;
import java.util.Locale;

import jp.itaku.regulation.RegulationText.Section;

import org.springframework.stereotype.Component;

/**
 * Builds what the regulation's screens and API show: a version with its sections and,
 * beside each, the ids of the requirements that come from it.
 */
@Component
class RegulationViews {

	/**
	 * Readable only by the regulation's subjects (規程 8 PUB-01): the organisation's
	 * members, never contractor accounts.
	 */
	static final String SUBJECTS = "hasAnyRole('MEMBER','COMMITTEE','AUDITOR','ADMIN')";

	private final Regulation regulation;

	private final Requirements requirements;

	RegulationViews(Regulation regulation, Requirements requirements) {
		this.regulation = regulation;
		this.requirements = requirements;
	}

	VersionView version(int number) {
		RegulationVersion version = this.regulation.get(number);
		List<Requirement> held = this.regulation.requirements(number);
		List<SectionView> sections = this.regulation.sections(number)
			.stream()
			.map((section) -> SectionView.of(section, held))
			.toList();
		return new VersionView(version, sections);
	}

	List<RequirementView> requirementsInForce(Locale locale) {
		return this.regulation.inForce()
			.map((version) -> this.regulation.requirements(version.number())
				.stream()
				.map((requirement) -> new RequirementView(requirement.id(), requirement.section(), requirement.kind(),
						text(requirement, locale), requirement.iso27001()))
				.toList())
			.orElse(List.of());
	}

	private String text(Requirement requirement, Locale locale) {
		// the version's own wording is Japanese; English comes from the messages
		return "en".equals(locale.getLanguage()) ? this.requirements.text(requirement, locale) : requirement.textJa();
	}

	/** A version with its sections. */
	record VersionView(RegulationVersion version, List<SectionView> sections) {
	}

	/**
	 * One section, with the requirement ids whose clause lies in it.
	 */
	record SectionView(String number, String heading, String text, int position, List<String> requirementIds) {

		static SectionView of(Section section, List<Requirement> requirements) {
			List<String> ids = requirements.stream()
				.filter((requirement) -> sectionOf(requirement).equals(section.number()))
				.map(Requirement::id)
				.toList();
			return new SectionView(section.number(), section.heading(), section.text(), section.position(), ids);
		}

		// "4.2(1)③" lies in 4.2, "6" in 6
		static String sectionOf(Requirement requirement) {
			int paren = requirement.section().indexOf('(');
			return (paren < 0) ? requirement.section() : requirement.section().substring(0, paren);
		}

	}

	/** A requirement as the API answers it. */
	record RequirementView(String id, String section, String kind, String text, String iso27001) {
	}

}
