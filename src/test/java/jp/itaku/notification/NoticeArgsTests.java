package jp.itaku.notification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeArgsTests {

	private final NoticeArgs args = new NoticeArgs();

	@Test
	void keepsAnyCharacterThroughTheDatabaseColumn() {
		List<String> tricky = List.of("<script>alert('x')</script>", "a,b;c|d", "\"quoted\" \\ back", "改行\nあり\t", "",
				"{0} '{1}'", "\u0000\u001f", "😀 規程 S01");
		assertThat(this.args.convertToEntityAttribute(this.args.convertToDatabaseColumn(tricky))).isEqualTo(tricky);
	}

	@Test
	void storesNoArgsAsAnEmptyArray() {
		assertThat(this.args.convertToDatabaseColumn(List.of())).isEqualTo("[]");
		assertThat(this.args.convertToEntityAttribute("[]")).isEmpty();
	}

}
