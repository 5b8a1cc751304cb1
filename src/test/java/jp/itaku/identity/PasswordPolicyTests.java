package jp.itaku.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void acceptsTwelveCharacters() {
		assertThat(PasswordPolicy.check("password", "tanaka", "abcdefghijkl")).isEmpty();
	}

	@Test
	void refusesElevenCharacters() {
		assertThat(PasswordPolicy.check("password", "tanaka", "abcdefghijk")).singleElement()
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("identity.password.tooShort"));
	}

	@Test
	void refusesTheUserNameInAnyCase() {
		assertThat(PasswordPolicy.check("password", "yamada.taro.x", "YAMADA.TARO.X")).singleElement()
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("identity.password.sameAsUsername"));
	}

	@Test
	void refusesMoreThanBcryptCanHash() {
		assertThat(PasswordPolicy.check("password", "tanaka", "あ".repeat(25))).singleElement()
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("identity.password.tooLong"));
	}

	@Test
	void oneTimePasswordsSatisfyThePolicyAndDiffer() {
		String first = PasswordPolicy.oneTimePassword();
		assertThat(PasswordPolicy.check("password", "tanaka", first)).isEmpty();
		assertThat(PasswordPolicy.oneTimePassword()).isNotEqualTo(first);
	}

}
