package jp.itaku.approval;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectLinksTests {

	private static final ApprovalSubjectLinks REGULATION = (type, id) -> "regulation-revision".equals(type)
			? Optional.of("/regulation/changes/" + id) : Optional.empty();

	@Test
	void theModuleOwningTheSubjectTypeGivesTheLink() {
		SubjectLinks links = new SubjectLinks(List.of((type, id) -> Optional.empty(), REGULATION));
		assertThat(links.linkFor("regulation-revision", "42")).isEqualTo("/regulation/changes/42");
	}

	@Test
	void aSubjectTypeNoModuleKnowsHasNoLink() {
		assertThat(new SubjectLinks(List.of(REGULATION)).linkFor("subcontracting", "7")).isNull();
	}

	@Test
	void aLinkLeavingTheApplicationIsIgnored() {
		SubjectLinks links = new SubjectLinks(List.of((type, id) -> Optional.of("//evil.example/" + id),
				(type, id) -> Optional.of("https://evil.example/" + id), (type, id) -> Optional.of("javascript:x")));
		assertThat(links.linkFor("regulation-revision", "42")).isNull();
	}

}
