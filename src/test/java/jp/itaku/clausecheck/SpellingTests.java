package jp.itaku.clausecheck;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 表記ゆれ folded to one spelling: the shipped spelling.rules and the order of folding.
 */
class SpellingTests {

	private static final Spelling SHIPPED = RuleBookReader.load(ClauseChecks.REQUIREMENT_IDS).spelling();

	@Test
	void foldsKanaConjunctionsToTheirKanji() {
		assertThat(SHIPPED.fold("返還および廃棄、または消去")).isEqualTo("返還及び廃棄、又は消去");
	}

	@Test
	void foldsOkuriganaOfCompoundNouns() {
		assertThat(SHIPPED.fold("引き渡し、引渡し、受け入れ試験、受入れ試験、立ち入り")).isEqualTo("引渡、引渡、受入試験、受入試験、立入");
	}

	@Test
	void foldsALongerVariantBeforeTheShorterOneInIt() {
		Spelling spelling = new Spelling(List.of(new Spelling.Fold("取り扱", "取扱"), new Spelling.Fold("取り扱い", "取扱")));
		assertThat(spelling.fold("取り扱いについて取り扱う")).isEqualTo("取扱について取扱う");
	}

}
