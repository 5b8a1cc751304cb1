package jp.itaku.contractor;

import jp.itaku.selection.SelectionFixtures;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contractor.ContractorQuery.Missing;
import jp.itaku.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The register's list queries (filters, sort, paging) against the real schema. Each test
 * works in a department of its own, since the tests share one database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractorRepositoryTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Contractors contractors;

	@Test
	void filtersBySupplierTypeAccessKindAndTier() {
		String department = department();
		register(department, "アカイ", Set.of(SupplierType.CLOUD_SERVICE), Set.of(AccessKind.STORE),
				InformationClassification.CONFIDENTIAL);
		register(department, "イカイ", Set.of(SupplierType.LOGISTICS), Set.of(AccessKind.VIEW),
				InformationClassification.INTERNAL);
		assertThat(names(new ContractorQuery(null, null, SupplierType.CLOUD_SERVICE, null, null, department), null))
			.containsExactly("アカイ");
		assertThat(names(new ContractorQuery(null, null, null, null, AccessKind.VIEW, department), null))
			.containsExactly("イカイ");
		assertThat(names(new ContractorQuery(null, null, null, RiskTier.TIER_1, null, department), null))
			.containsExactly("アカイ");
	}

	@Test
	void filtersByStatus() {
		String department = department();
		Contractor selected = register(department, "センテイ", Set.of(SupplierType.OTHER), Set.of(AccessKind.NONE),
				InformationClassification.PUBLIC);
		register(department, "コウホ", Set.of(SupplierType.OTHER), Set.of(AccessKind.NONE),
				InformationClassification.PUBLIC);
		SelectionFixtures.passingEvaluation(this.context, selected.contractorId());
		this.contractors.changeStatus(selected.contractorId(), selected.getVersion(), ContractorStatus.SELECTED, null);
		assertThat(names(new ContractorQuery(null, ContractorStatus.SELECTED, null, null, null, department), null))
			.containsExactly("センテイ");
	}

	@Test
	void sortsByReadingDescending() {
		String department = department();
		for (String kana : List.of("イ", "ア", "ウ")) {
			register(department, kana, Set.of(SupplierType.OTHER), Set.of(AccessKind.NONE),
					InformationClassification.PUBLIC);
		}
		assertThat(names(inDepartment(department), "nameKana,desc")).containsExactly("ウ", "イ", "ア");
	}

	@Test
	void sortsByEffectiveRiskTier() {
		String department = department();
		register(department, "サン", Set.of(SupplierType.OTHER), Set.of(AccessKind.VIEW),
				InformationClassification.PUBLIC);
		register(department, "イチ", Set.of(SupplierType.OTHER), Set.of(AccessKind.STORE),
				InformationClassification.STRICTLY_CONFIDENTIAL);
		assertThat(names(inDepartment(department), "effectiveRiskTier,asc")).containsExactly("イチ", "サン");
	}

	@Test
	void pagesThroughTheListWithTheTotal() {
		String department = department();
		for (String kana : List.of("ア", "イ", "ウ", "エ", "オ")) {
			register(department, kana, Set.of(SupplierType.OTHER), Set.of(AccessKind.NONE),
					InformationClassification.PUBLIC);
		}
		ContractorSearch second = search(department, null, 1, 2);
		Page<Contractor> page = this.contractors.search(second.toQuery(), second.pageable());
		assertThat(page.getContent()).extracting(Contractor::getNameKana).containsExactly("ウ", "エ");
		assertThat(page.getTotalElements()).isEqualTo(5);
		assertThat(page.getTotalPages()).isEqualTo(3);
	}

	@Test
	void neverAnswersMoreThanAHundredPerPage() {
		assertThat(search(department(), null, 0, 5000).pageable().getPageSize()).isEqualTo(100);
	}

	@Test
	void refusesAnUnknownSortProperty() {
		assertThatThrownBy(() -> search(department(), "searchText,asc", 0, 20).pageable())
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void findsContractorsWithoutSupplierTypeThatAreNotTerminated() {
		String department = department();
		register(department, "シュベツナシ", Set.of(), Set.of(AccessKind.VIEW), InformationClassification.PUBLIC);
		Contractor ended = register(department, "シュウリョウ", Set.of(), Set.of(AccessKind.VIEW),
				InformationClassification.PUBLIC);
		register(department, "シュベツアリ", Set.of(SupplierType.OTHER), Set.of(AccessKind.VIEW),
				InformationClassification.PUBLIC);
		this.contractors.changeStatus(ended.contractorId(), 0, ContractorStatus.TERMINATED, "契約終了");
		ContractorQuery query = new ContractorQuery(null, null, null, null, null, department, Missing.SUPPLIER_TYPE);
		assertThat(names(query, null)).containsExactly("シュベツナシ");
	}

	@Test
	void findsByCorporateNumber() {
		String department = department();
		String number = ContractorFixtures.corporateNumber();
		this.contractors
			.register(new ContractorDetails("番号検索", "バンゴウ", number, null, null, null, null, Set.of(SupplierType.OTHER),
					Set.of(AccessKind.NONE), null, null, null, department, null, null, List.of()));
		assertThat(names(new ContractorQuery(number, null, null, null, null, department), null))
			.containsExactly("バンゴウ");
	}

	private List<String> names(ContractorQuery query, String sort) {
		ContractorSearch search = new ContractorSearch(null, null, null, null, null, null, null, 0, 100, sort);
		return this.contractors.search(query, search.pageable()).map(Contractor::getNameKana).getContent();
	}

	private static ContractorQuery inDepartment(String department) {
		return new ContractorQuery(null, null, null, null, null, department);
	}

	private static ContractorSearch search(String department, String sort, int page, int size) {
		return new ContractorSearch(null, null, null, null, null, department, null, page, size, sort);
	}

	private Contractor register(String department, String kana, Set<SupplierType> types, Set<AccessKind> access,
			InformationClassification classification) {
		return this.contractors.register(new ContractorDetails("会社" + kana, kana, null, null, null, null, null, types,
				access, classification, null, null, department, null, null, List.of()));
	}

	private static String department() {
		return "部署-" + UUID.randomUUID();
	}

}
