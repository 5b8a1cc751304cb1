package jp.itaku.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NoticeTests {

	private static Notice withLink(String link) {
		return new Notice("regulation-version", "regulation.notice.subject", "regulation.notice.body", List.of("2"),
				link);
	}

	private static Notice withArgs(List<String> args) {
		return new Notice("regulation-version", "regulation.notice.subject", "regulation.notice.body", args, null);
	}

	@Test
	void keepsAnApplicationPathAsItsLink() {
		assertThat(withLink("/regulation/versions/2?from=1#S01").link()).isEqualTo("/regulation/versions/2?from=1#S01");
	}

	@Test
	void mayHaveNoLink() {
		assertThat(withLink(null).link()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/x", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
			"regulation/versions/2", "/regulation versions", "", "/規程", "/a{0}", "/a\r\nSet-Cookie: x" })
	void refusesALinkLeadingOutsideTheApplication(String link) {
		assertThatIllegalArgumentException().isThrownBy(() -> withLink(link));
	}

	@Test
	void refusesALinkOver500Characters() {
		assertThatIllegalArgumentException().isThrownBy(() -> withLink("/" + "a".repeat(500)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "Regulation", "規程", "kind with space" })
	void refusesAKindThatIsNotAShortLowerCaseName(String kind) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Notice(kind, "regulation.notice.subject", "regulation.notice.body", null));
	}

	@Test
	void refusesAKindOver50Characters() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Notice("k".repeat(51), "regulation.notice.subject", "regulation.notice.body", null));
	}

	@Test
	void refusesAMissingOrMalformedMessageKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Notice("duty", null, "duty.body", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Notice("duty", "duty.subject", "{0}", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Notice("duty", "duty.subject", "k".repeat(201), null));
	}

	@Test
	void treatsNoArgsAsNone() {
		assertThat(withArgs(null).args()).isEmpty();
	}

	@Test
	void refusesMoreThanTenArgs() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> withArgs(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")));
	}

	@Test
	void refusesAnArgOver1000Characters() {
		assertThat(withArgs(List.of("あ".repeat(1000))).args()).hasSize(1);
		assertThatIllegalArgumentException().isThrownBy(() -> withArgs(List.of("あ".repeat(1001))));
	}

	@Test
	void refusesANullArg() {
		assertThatIllegalArgumentException().isThrownBy(() -> withArgs(Arrays.asList("S01", null)));
	}

	@Test
	void keepsItsOwnCopyOfTheArgs() {
		List<String> args = new ArrayList<>(List.of("S01"));
		Notice notice = withArgs(args);
		args.add("S03");
		assertThat(notice.args()).containsExactly("S01");
	}

}
