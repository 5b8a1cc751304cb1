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

}
