package jp.itaku.demo;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contact;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.CorporateNumber;
import jp.itaku.contractor.RiskTier;
import jp.itaku.contractor.SupplierType;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data files describe a register a visitor finds realistic and complete: every
 * kind of supplier, access, risk tier and status, valid 法人番号, plausible contacts.
 */
class DemoDataFilesTests {

	private final List<DemoContractor> contractors = DemoContractors.read();

	private final List<DemoUsers.DemoUser> users = DemoUsers.read();

	@Test
	void listsAtLeastThirtyContractors() {
		assertThat(this.contractors).hasSizeGreaterThanOrEqualTo(30);
	}

	@Test
	void everyCorporateNumberCarriesAValidCheckDigit() {
		List<String> numbers = details().map(ContractorDetails::corporateNumber).filter(Objects::nonNull).toList();
		assertThat(numbers).hasSizeGreaterThanOrEqualTo(30).allMatch(CorporateNumber::isValid);
		assertThat(Set.copyOf(numbers)).hasSameSizeAs(numbers);
	}

	@Test
	void foreignCompaniesHaveNoCorporateNumber() {
		assertThat(details().filter((d) -> d.corporateNumber() == null).map(ContractorDetails::name))
			.hasSizeGreaterThanOrEqualTo(2)
			.allMatch((name) -> name.matches("[A-Za-z0-9 ,.&-]+"));
	}

	@Test
	void readingsAreKatakanaWithoutTheKindOfCompany() {
		assertThat(details().map(ContractorDetails::nameKana)).allMatch((kana) -> kana.matches("[ァ-ヶー]+"))
			.noneMatch((kana) -> kana.contains("カブシキガイシャ") || kana.contains("ユウゲンガイシャ") || kana.contains("ゴウドウガイシャ"));
	}

	@Test
	void everySupplierTypeAppearsAndSomeContractorsHaveSeveral() {
		assertThat(details().flatMap((d) -> d.supplierTypes().stream()).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(SupplierType.values());
		assertThat(details().filter((d) -> d.supplierTypes().size() > 1).count()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void everyAccessKindAppears() {
		assertThat(details().flatMap((d) -> d.accessKinds().stream()).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(AccessKind.values());
	}

	@Test
	void someContractorsHaveNoAccessKindRecordedSoThatS03ShowsAGap() {
		assertThat(details().filter((d) -> d.accessKinds().isEmpty()).count()).isBetween(1L, 2L);
	}

	@Test
	void everyRiskTierAppears() {
		assertThat(details().map(DemoDataFilesTests::effectiveTier).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(RiskTier.values());
	}

	@Test
	void overriddenRiskTiersDifferFromTheDerivedOneAndGiveAReason() {
		List<ContractorDetails> overridden = details().filter((d) -> d.riskTierOverride() != null).toList();
		assertThat(overridden).hasSizeGreaterThanOrEqualTo(3)
			.allMatch((d) -> d.riskTierOverride() != RiskTier.derive(d.accessKinds(), d.highestClassification()))
			.allMatch((d) -> d.riskTierOverrideReason() != null && !d.riskTierOverrideReason().isBlank());
	}

	@Test
	void statusPathsFollowTheLifeCycle() {
		for (DemoContractor demo : this.contractors) {
			ContractorStatus current = ContractorStatus.CANDIDATE;
			for (ContractorStatus next : demo.statusPath()) {
				assertThat(current.canMoveTo(next)).as("%s: %s → %s", demo.key(), current, next).isTrue();
				current = next;
			}
		}
	}

	@Test
	void everyStatusAppearsAndMostContractorsAreUnderContract() {
		Map<ContractorStatus, Long> byStatus = this.contractors.stream()
			.collect(Collectors.groupingBy(DemoContractor::finalStatus, Collectors.counting()));
		assertThat(byStatus).containsOnlyKeys(ContractorStatus.values());
		assertThat(byStatus.get(ContractorStatus.CONTRACTED)).isGreaterThan(this.contractors.size() / 2L);
	}

	@Test
	void aGroupOfCompaniesHasThreeLevels() {
		Map<String, DemoContractor> byKey = this.contractors.stream()
			.collect(Collectors.toMap(DemoContractor::key, Function.identity()));
		assertThat(this.contractors)
			.anyMatch((demo) -> demo.parentKey() != null && byKey.get(demo.parentKey()).parentKey() != null);
	}

	@Test
	void everyContractorHasOneToThreeContactsOneOfThemPrimary() {
		for (DemoContractor demo : this.contractors) {
			List<Contact> contacts = demo.details().contacts();
			assertThat(contacts).as(demo.key()).hasSizeBetween(1, 3);
			assertThat(contacts.stream().filter(Contact::primaryContact)).as(demo.key()).hasSize(1);
		}
	}

	@Test
	void contactEmailsUseReservedExampleDomains() {
		assertThat(details().flatMap((d) -> d.contacts().stream()).map(Contact::email))
			.allMatch((email) -> email.matches("[a-z.]+@([a-z0-9-]+\\.)?example\\.(co\\.jp|com)"));
	}

	@Test
	void contractorsAreSpreadOverDepartmentsAndTheirResponsibleMembersAreDemoMembers() {
		assertThat(details().map(ContractorDetails::department).collect(Collectors.toSet())).contains("情報システム部", "総務部",
				"経理部", "人事部", "営業企画部");
		assertThat(details().map(ContractorDetails::responsibleMember).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("member", "member2");
	}

	@Test
	void thereIsOneDemoUserForEveryRoleButTheAdministrator() {
		Set<Role> roles = this.users.stream()
			.flatMap((user) -> user.roles().stream())
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		assertThat(roles).containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(Role.ADMIN)));
		assertThat(this.users).extracting(DemoUsers.DemoUser::username)
			.containsExactly("committee", "committee2", "member", "member2", "auditor", "contractor");
	}

	@Test
	void committeeMembersAreAlsoMembersOfTheOrganisation() {
		assertThat(this.users).filteredOn((user) -> user.roles().contains(Role.COMMITTEE))
			.hasSize(2)
			.allMatch((user) -> user.roles().contains(Role.MEMBER));
	}

	@Test
	void theContractorUserRepresentsOneDemoContractor() {
		Set<String> keys = this.contractors.stream().map(DemoContractor::key).collect(Collectors.toSet());
		assertThat(this.users).filteredOn((user) -> user.roles().contains(Role.CONTRACTOR))
			.singleElement()
			.satisfies((user) -> assertThat(keys).contains(user.contractorKey()));
	}

	@Test
	void demoProfileUsesItsOwnDatabaseFileAndTheDemoPassword() throws IOException {
		Properties demo = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-demo.properties"));
		assertThat(demo.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:./data/itaku-demo;");
		assertThat(demo.getProperty("itaku.admin-password")).isEqualTo(DemoDataLoader.PASSWORD);
	}

	private Stream<ContractorDetails> details() {
		return this.contractors.stream().map(DemoContractor::details);
	}

	private static RiskTier effectiveTier(ContractorDetails details) {
		return (details.riskTierOverride() != null) ? details.riskTierOverride()
				: RiskTier.derive(details.accessKinds(), details.highestClassification());
	}

}
