package jp.itaku.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JapaneseDatesTests {

	@Test
	void formatsIso() {
		assertThat(JapaneseDates.formatIso(LocalDate.of(2024, 4, 1))).isEqualTo("2024-04-01");
	}

	@Test
	void formatsWareki() {
		assertThat(JapaneseDates.formatWareki(LocalDate.of(2024, 4, 1))).isEqualTo("令和6年4月1日");
	}

	@Test
	void lastDayOfHeiseiIsHeisei31() {
		assertThat(JapaneseDates.formatWareki(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
	}

	@Test
	void firstDayOfReiwaIsGannen() {
		assertThat(JapaneseDates.formatWareki(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
	}

	@Test
	void firstYearOfHeiseiIsGannen() {
		assertThat(JapaneseDates.formatWareki(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
		assertThat(JapaneseDates.formatWareki(LocalDate.of(1989, 1, 7))).isEqualTo("昭和64年1月7日");
	}

	@Test
	void formatsLeapDayInWareki() {
		assertThat(JapaneseDates.formatWareki(LocalDate.of(2024, 2, 29))).isEqualTo("令和6年2月29日");
	}

	@Test
	void datesBeforeTheJapaneseCalendarAreShownInIso() {
		assertThat(JapaneseDates.formatWareki(LocalDate.of(1800, 1, 1))).isEqualTo("1800-01-01");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-04-01", "2024/4/1", "2024/04/01", "R6.4.1", "r6.4.1", "令和6年4月1日", "２０２４／４／１",
			"Ｒ６．４．１", "令和６年４月１日", " 2024-04-01 ", "2024年4月1日", "R06.04.01" })
	void readsEveryAcceptedFormOfTheFirstOfApril2024(String text) {
		assertThat(JapaneseDates.parse(text)).isEqualTo(LocalDate.of(2024, 4, 1));
	}

	@Test
	void readsLastDayOfHeisei() {
		assertThat(JapaneseDates.parse("H31.4.30")).isEqualTo(LocalDate.of(2019, 4, 30));
	}

	@Test
	void readsGannen() {
		assertThat(JapaneseDates.parse("令和元年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
		assertThat(JapaneseDates.parse("R1.5.1")).isEqualTo(LocalDate.of(2019, 5, 1));
	}

	@Test
	void readsShowa() {
		assertThat(JapaneseDates.parse("S64.1.7")).isEqualTo(LocalDate.of(1989, 1, 7));
	}

	@Test
	void readsLeapDay() {
		assertThat(JapaneseDates.parse("2024/2/29")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(JapaneseDates.parse("R6.2.29")).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@ParameterizedTest
	@ValueSource(strings = { "R1.4.30", "H31.5.1", "S64.1.8", "2023/2/29", "R5.2.29", "2024-13-01", "2024-04-31",
			"R0.4.1", "令和6年2月30日", "X6.4.1", "2024", "yesterday", "" })
	void refusesImpossibleOrUnreadableDates(String text) {
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> JapaneseDates.parse(text));
	}

	@Test
	void refusesNull() {
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> JapaneseDates.parse(null));
	}

}
