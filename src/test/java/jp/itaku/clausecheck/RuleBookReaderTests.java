package jp.itaku.clausecheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule files: read as written, and mistakes refused at start-up with file and line.
 */
class RuleBookReaderTests {

	private static final String MOODS = "mood prohibits = て は なる ない\n";

	@Test
	void loadsTheShippedRulesForAllThirtySevenRequirements() {
		RuleBook book = RuleBookReader.load(ClauseChecks.REQUIREMENT_IDS);
		assertThat(book.items()).extracting(RuleBook.ItemRules::id)
			.containsExactlyElementsOf(ClauseChecks.REQUIREMENT_IDS);
		assertThat(book.items()).allSatisfy((item) -> assertThat(item.rules()).isNotEmpty());
	}

	@Test
	void readsARuleWithSharedAndOwnConceptsMoodsAndLiteralWording() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("moods", MOODS);
		files.put("items", "concept consent = 承諾|承認\nitem R01 再委託\nconcept subcontract = 再委託\n"
				+ "present prohibited 0.9 paragraph = subcontract & @prohibits + consent & (事前|書面)\n");
		RuleBook book = RuleBookReader.of(files, List.of("R01"));
		RuleBook.Rule rule = book.items().get(0).rules().get(0);
		assertThat(rule.name()).isEqualTo("prohibited");
		assertThat(rule.scope()).isEqualTo(RuleBook.Scope.PARAGRAPH);
		assertThat(rule.terms()).hasSize(2);
		assertThat(rule.terms().get(1).atoms().get(1).alternatives()).containsExactly("事前", "書面");
		assertThat(book.items().get(0).concepts()).containsKeys("consent", "subcontract", "事前");
	}

	@Test
	void refusesAnUnknownConceptNamingTheFileAndLine() {
		assertThatThrownBy(() -> RuleBookReader
			.of(Map.of("items", "item N01 定義\n\npresent x 0.9 sentence = secretInfo\n"), List.of("N01")))
			.hasMessageContaining("items:3")
			.hasMessageContaining("unknown concept secretInfo");
	}

	@Test
	void refusesAnUnknownMood() {
		assertThatThrownBy(() -> RuleBookReader.of(Map.of("items", "item N01 定義\npresent x 0.9 sentence = @forbids\n"),
				List.of("N01")))
			.hasMessageContaining("unknown mood @forbids");
	}

	@Test
	void givesAnItemWithoutRulesAnEmptyRuleSet() {
		RuleBook book = RuleBookReader.of(Map.of("moods", MOODS), List.of("S10"));
		assertThat(book.items().get(0).rules()).isEmpty();
	}

	@Test
	void foldsTheRulesWordingToTheSpellingTheTextIsFoldedTo() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("spelling", "spelling 漏えい = 漏洩 | ろうえい\n");
		files.put("items", "item N08 漏えい\npresent leak 0.9 sentence = 漏洩\n");
		RuleBook book = RuleBookReader.of(files, List.of("N08"));
		assertThat(book.items().get(0).concepts().get("漏洩").pattern()).isEqualTo("漏えい");
		assertThat(book.spelling().fold("個人データのろうえい又は漏洩")).isEqualTo("個人データの漏えい又は漏えい");
	}

	@Test
	void readsATermThatCountsDifferentKinds() {
		RuleBook book = RuleBookReader
			.of(Map.of("items", "item S07 義務\npresent kinds 0.9 article = 2 of 暗号化 | 施錠 | 教育\n"), List.of("S07"));
		RuleBook.Term term = book.items().get(0).rules().get(0).terms().get(0);
		assertThat(term.atLeast()).isEqualTo(2);
		assertThat(term.atoms().get(0).alternatives()).containsExactly("暗号化", "施錠", "教育");
	}

}
