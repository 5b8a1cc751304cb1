package jp.itaku.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SsoRolesTests {

	private final SsoRoles roles = new SsoRoles(
			new SsoProperties("roles", Map.of("security-committee", Role.COMMITTEE), "preferred_username", null));

	@Test
	void mapsConfiguredClaimValues() {
		assertThat(this.roles.map(List.of("security-committee"))).containsExactly(Role.COMMITTEE);
	}

	@Test
	void acceptsPlainRoleNamesInAnyCaseAndWithPrefix() {
		assertThat(this.roles.map(List.of("member", "ROLE_AUDITOR"))).containsExactlyInAnyOrder(Role.MEMBER,
				Role.AUDITOR);
	}

	@Test
	void readsASpaceOrCommaSeparatedString() {
		assertThat(this.roles.map("MEMBER, security-committee")).containsExactlyInAnyOrder(Role.MEMBER, Role.COMMITTEE);
	}

	@Test
	void ignoresUnknownValuesAndAMissingClaim() {
		assertThat(this.roles.map(List.of("guests"))).isEmpty();
		assertThat(this.roles.map(null)).isEmpty();
	}

}
