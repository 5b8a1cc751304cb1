package jp.itaku.identity;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class UserContactsTests {

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserAccountRepository repository;

	@Test
	void listsEnabledHoldersOfAnyRoleOnceEachByUserName() {
		String prefix = "uc" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.createLocal(prefix + "-b", "B", "long-enough-password", Set.of(Role.MEMBER, Role.COMMITTEE),
				null);
		this.accounts.createLocal(prefix + "-a", "A", "long-enough-password", Set.of(Role.AUDITOR), null);
		UUID gone = this.accounts.createLocal(prefix + "-c", "C", "long-enough-password", Set.of(Role.MEMBER), null);
		this.administration.disable(gone, this.repository.findById(gone).orElseThrow().getVersion());

		assertThat(this.accounts.enabledWithAny(Set.of(Role.MEMBER, Role.COMMITTEE, Role.AUDITOR)))
			.filteredOn((contact) -> contact.username().startsWith(prefix))
			.extracting(UserContact::username)
			.containsExactly(prefix + "-a", prefix + "-b");
		assertThat(this.accounts.enabledWithAny(Set.of(Role.COMMITTEE)))
			.filteredOn((contact) -> contact.username().startsWith(prefix))
			.singleElement()
			.satisfies((contact) -> assertThat(contact.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.COMMITTEE));
		assertThat(this.accounts.contact(prefix + "-c")).isEmpty();
	}

	@Test
	void writesInTheHoldersLanguageOrTheFallback() {
		UserContact japanese = new UserContact(UUID.randomUUID(), "x", "X", null, null, Set.of(Role.MEMBER));
		UserContact english = new UserContact(UUID.randomUUID(), "y", "Y", null, Locale.ENGLISH, Set.of(Role.MEMBER));
		assertThat(japanese.languageOr(Locale.JAPANESE)).isEqualTo(Locale.JAPANESE);
		assertThat(english.languageOr(Locale.JAPANESE)).isEqualTo(Locale.ENGLISH);
	}

}
