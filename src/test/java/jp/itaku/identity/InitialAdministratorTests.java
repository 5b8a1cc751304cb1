package jp.itaku.identity;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@ExtendWith(OutputCaptureExtension.class)
class InitialAdministratorTests {

	private static final Pattern LOGGED_PASSWORD = Pattern.compile("one-time password: (\\S+)");

	private final UserAccountRepository accounts = mock(UserAccountRepository.class);

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void withoutAConfiguredPasswordLogsARandomOneOnceThatSignsIn(CapturedOutput output) {
		given(this.accounts.count()).willReturn(0L);
		administrator("").run(null);

		Matcher logged = LOGGED_PASSWORD.matcher(output.getAll());
		assertThat(logged.find()).as("the log shows the one-time password").isTrue();
		UserAccount admin = saved();
		assertThat(admin.getUsername()).isEqualTo("admin");
		assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
		assertThat(this.encoder.matches(logged.group(1), admin.getPasswordHash())).isTrue();
		assertThat(logged.find()).as("shown only once").isFalse();
	}

	@Test
	void aSecondStartCreatesNoOtherAdministratorAndLogsNoPassword(CapturedOutput output) {
		given(this.accounts.count()).willReturn(1L);
		administrator("").run(null);
		verify(this.accounts, never()).save(any());
		assertThat(output.getAll()).doesNotContain("one-time password");
	}

	@Test
	void takesTheConfiguredPasswordAndNeverLogsIt(CapturedOutput output) {
		given(this.accounts.count()).willReturn(0L);
		administrator("configured-admin-password").run(null);
		assertThat(this.encoder.matches("configured-admin-password", saved().getPasswordHash())).isTrue();
		assertThat(output.getAll()).doesNotContain("configured-admin-password").doesNotContain("one-time password");
	}

	@Test
	void twoRandomPasswordsDiffer(CapturedOutput output) {
		given(this.accounts.count()).willReturn(0L);
		administrator("").run(null);
		administrator("").run(null);
		Matcher logged = LOGGED_PASSWORD.matcher(output.getAll());
		assertThat(logged.find()).isTrue();
		String first = logged.group(1);
		assertThat(logged.find()).isTrue();
		assertThat(logged.group(1)).isNotEqualTo(first);
	}

	private InitialAdministrator administrator(String configuredPassword) {
		return new InitialAdministrator(this.accounts, this.encoder, Clock.systemUTC(), configuredPassword, (event) -> {
		});
	}

	private UserAccount saved() {
		ArgumentCaptor<UserAccount> account = ArgumentCaptor.forClass(UserAccount.class);
		verify(this.accounts).save(account.capture());
		return account.getValue();
	}

}
