package jp.itaku.clause;

import java.util.Set;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;
import jp.itaku.identity.Role;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static jp.itaku.clause.ClauseFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** S01: the committee documents each supplier type's permitted access, versioned. */
@SpringBootTest
@AutoConfigureMockMvc
class SupplierPoliciesTests {

	@Autowired
	SupplierPolicies policies;

	@Test
	void documentingATypeRecordsItsPermittedAccess() {
		long read = this.policies.get(SupplierType.IT_INFRASTRUCTURE).version();

		SupplierPolicyView saved = as("committee", () -> this.policies.change(SupplierType.IT_INFRASTRUCTURE, read,
				Set.of(AccessKind.SYSTEM_ACCESS, AccessKind.NONE), "基盤の保守のためシステムへのアクセスを許可"), Role.COMMITTEE);

		assertThat(saved.documented()).isTrue();
		assertThat(saved.permittedAccess()).containsExactly(AccessKind.SYSTEM_ACCESS);
		assertThat(saved.version()).isGreaterThan(read);
	}

	@Test
	void twoCommitteeMembersCannotOverwriteEachOther() {
		long read = this.policies.get(SupplierType.CLOUD_SERVICE).version();
		as("committee", () -> this.policies.change(SupplierType.CLOUD_SERVICE, read, Set.of(AccessKind.STORE), "保管のみ"),
				Role.COMMITTEE);

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> as("committee2",
				() -> this.policies.change(SupplierType.CLOUD_SERVICE, read, Set.of(AccessKind.PROCESS), "処理も許可"),
				Role.COMMITTEE));
		assertThat(this.policies.get(SupplierType.CLOUD_SERVICE).description()).isEqualTo("保管のみ");
	}

	@Test
	void aBlankDescriptionIsRefused() {
		assertThatExceptionOfType(
				InvalidInputException.class)
			.isThrownBy(() -> as("committee", () -> this.policies.change(SupplierType.OTHER,
					this.policies.get(SupplierType.OTHER).version(), Set.of(), "  "), Role.COMMITTEE));
	}

}
