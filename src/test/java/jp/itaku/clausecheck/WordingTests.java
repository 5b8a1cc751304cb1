package jp.itaku.clausecheck;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concepts written as wording become phrases for a fast search; the rest stay patterns.
 */
class WordingTests {

	@Test
	void expandsAlternativesAndGroups() {
		assertThat(Wording.phrases("秘密情報|第三者に(委託|委任)")).hasValue(java.util.List.of("秘密情報", "第三者に委託", "第三者に委任"));
	}

	@Test
	void expandsOptionalParts() {
		assertThat(Wording.phrases("保守(を|の)?終了")).hasValue(java.util.List.of("保守を終了", "保守の終了", "保守終了"));
	}

	@Test
	void leavesRealRegularExpressionsAlone() {
		assertThat(Wording.phrases("\\d+時間以内")).isEmpty();
		assertThat(Wording.phrases("甲は.{0,40}公表")).isEmpty();
		assertThat(Wording.phrases("[甲乙]情報")).isEmpty();
	}

	@Test
	void refusesAPatternThatCouldMatchNothing() {
		assertThat(Wording.phrases("(の)?")).isEmpty();
	}

}
