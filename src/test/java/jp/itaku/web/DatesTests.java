package jp.itaku.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jp.itaku.identity.CurrentUser;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.identity.DateStyle;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class DatesTests {

	private final CurrentUsers currentUsers = mock(CurrentUsers.class);

	private final Dates dates = new Dates(this.currentUsers);

	@Test
	void showsIsoToAnIsoUser() {
		signedIn(DateStyle.ISO);
		assertThat(this.dates.format(LocalDate.of(2024, 4, 1))).isEqualTo("2024-04-01");
	}

	@Test
	void showsWarekiToAWarekiUser() {
		signedIn(DateStyle.WAREKI);
		assertThat(this.dates.format(LocalDate.of(2024, 4, 1))).isEqualTo("令和6年4月1日");
	}

	@Test
	void showsAMomentInJapanTime() {
		signedIn(DateStyle.WAREKI);
		assertThat(this.dates.formatDateTime(Instant.parse("2019-04-30T15:30:00Z"))).isEqualTo("令和元年5月1日 00:30");
	}

	@Test
	void showsNothingForNoDate() {
		signedIn(DateStyle.ISO);
		assertThat(this.dates.format(null)).isEmpty();
	}

	private void signedIn(DateStyle style) {
		given(this.currentUsers.current())
			.willReturn(new CurrentUser(null, "member", Set.of(Role.MEMBER), null, "会員", null, style));
	}

}
