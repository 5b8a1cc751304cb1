package jp.itaku.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every form's date field reads what people type and shows dates back in the user's
 * style.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DateFormattingTests {

	@Autowired
	@Qualifier("mvcConversionService")
	FormattingConversionService conversion;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void bindsTypedDatesInEveryAcceptedForm() {
		for (String typed : List.of("2024-04-01", "2024/4/1", "R6.4.1", "令和6年4月1日", "２０２４／０４／０１")) {
			assertThat(this.conversion.convert(typed, LocalDate.class)).as(typed).isEqualTo(LocalDate.of(2024, 4, 1));
		}
	}

	@Test
	void refusesADateOutsideItsEra() {
		assertThatExceptionOfType(ConversionFailedException.class)
			.isThrownBy(() -> this.conversion.convert("R1.4.30", LocalDate.class));
	}

	@Test
	void refusesTheTwentyNinthOfFebruaryInACommonYear() {
		assertThatExceptionOfType(ConversionFailedException.class)
			.isThrownBy(() -> this.conversion.convert("2023/2/29", LocalDate.class));
	}

	@Test
	@WithMockUser
	void printsIsoByDefault() {
		assertThat(this.conversion.convert(LocalDate.of(2019, 5, 1), String.class)).isEqualTo("2019-05-01");
	}

	@Test
	void anEmptyFieldIsNoDate() {
		assertThat(this.conversion.convert("", LocalDate.class)).isNull();
	}

}
