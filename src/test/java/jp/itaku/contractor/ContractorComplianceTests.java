package jp.itaku.contractor;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.itaku.compliance.ComplianceContributor;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;
import jp.itaku.contractor.ContractorQuery.Missing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S01 and S03 as the register contributes them to the compliance spine (規程 4.2(1)③).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractorComplianceTests {

	@Autowired
	List<ComplianceContributor> contributors;

	@Autowired
	Contractors contractors;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void s01IsOkWhenEveryContractorStillActiveHasASupplierType() {
		terminateEveryContractorMissing(Missing.SUPPLIER_TYPE);
		register(Set.of(SupplierType.LOGISTICS), Set.of(AccessKind.VIEW), null, null);
		assertThat(assessment("S01").status()).isEqualTo(ComplianceStatus.OK);
	}

	@Test
	void s01IsAGapWhileAContractorHasNoSupplierType() {
		terminateEveryContractorMissing(Missing.SUPPLIER_TYPE);
		register(Set.of(), Set.of(AccessKind.VIEW), null, null);
		LocaleContextHolder.setLocale(Locale.JAPANESE);
		RequirementAssessment s01 = assessment("S01");
		assertThat(s01.status()).isEqualTo(ComplianceStatus.GAP);
		assertThat(s01.detail()).contains("1 件");
		assertThat(s01.links()).containsExactly("/contractors?missing=SUPPLIER_TYPE");
	}

	@Test
	void s01IgnoresTerminatedContractors() {
		terminateEveryContractorMissing(Missing.SUPPLIER_TYPE);
		Contractor ended = register(Set.of(), Set.of(AccessKind.VIEW), null, null);
		this.contractors.changeStatus(ended.contractorId(), 0, ContractorStatus.TERMINATED, null);
		assertThat(assessment("S01").status()).isEqualTo(ComplianceStatus.OK);
	}

	@Test
	void s01DetailFollowsTheLanguageOfTheRequest() {
		terminateEveryContractorMissing(Missing.SUPPLIER_TYPE);
		register(Set.of(), Set.of(AccessKind.VIEW), null, null);
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(assessment("S01").detail()).isEqualTo("1 contractor not terminated has no supplier type.");
	}

	@Test
	void s03IsOkWhenAccessIsRecordedAndOverridesExplained() {
		terminateEveryContractorMissing(Missing.ACCESS_KIND);
		terminateEveryContractorMissing(Missing.OVERRIDE_REASON);
		register(Set.of(SupplierType.OTHER), Set.of(AccessKind.PROCESS), RiskTier.TIER_1, "個人情報を大量に扱う");
		assertThat(assessment("S03").status()).isEqualTo(ComplianceStatus.OK);
	}

	@Test
	void s03IsAGapWhileAContractorHasNoKindOfAccess() {
		terminateEveryContractorMissing(Missing.ACCESS_KIND);
		terminateEveryContractorMissing(Missing.OVERRIDE_REASON);
		register(Set.of(SupplierType.OTHER), Set.of(), null, null);
		RequirementAssessment s03 = assessment("S03");
		assertThat(s03.status()).isEqualTo(ComplianceStatus.GAP);
		assertThat(s03.links()).containsExactly("/contractors?missing=ACCESS_KIND");
	}

	private RequirementAssessment assessment(String requirementId) {
		// the register's own contribution: other modules report S01 and S03 too (the
		// clause module its supplier-type policy and contract items)
		return this.contributors.stream()
			.filter(ContractorCompliance.class::isInstance)
			.flatMap((contributor) -> contributor.assess().stream())
			.filter((assessment) -> assessment.requirementId().equals(requirementId))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The tests share one register: start from one where nobody lacks what is checked.
	 */
	private void terminateEveryContractorMissing(Missing missing) {
		ContractorQuery query = new ContractorQuery(null, null, null, null, null, null, missing);
		for (Contractor contractor : this.contractors.search(query, Pageable.unpaged()).getContent()) {
			this.contractors.changeStatus(contractor.contractorId(), contractor.getVersion(),
					ContractorStatus.TERMINATED, "test set-up");
		}
	}

	private Contractor register(Set<SupplierType> types, Set<AccessKind> access, RiskTier override, String reason) {
		return this.contractors
			.register(new ContractorDetails("準拠確認株式会社", ContractorFixtures.uniqueKana(), null, null, null, null, null,
					types, access, InformationClassification.INTERNAL, override, reason, null, null, null, List.of()));
	}

}
