package jp.itaku.contractor;

import jp.itaku.Representative;
import jp.itaku.selection.SelectionFixtures;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ContractorControllerTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Contractors contractors;

	@Test
	void listFindsKatakanaReadingByAHiraganaQuery() throws Exception {
		String kana = ContractorFixtures.uniqueKana();
		register("ひらがな検索株式会社", kana);
		this.mvc.perform(get("/contractors").param("q", ContractorFixtures.hiragana(kana)).with(member()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"contractor-table\""), containsString("class=\"contractor-link\""),
						containsString("ひらがな検索株式会社"), containsString("id=\"search-q\""))));
	}

	@Test
	void htmxGetsOnlyTheResultTable() throws Exception {
		String kana = ContractorFixtures.uniqueKana();
		register("部分更新株式会社", kana);
		this.mvc.perform(get("/contractors").param("q", kana).header("HX-Request", "true").with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("部分更新株式会社"), containsString("contractor-table"),
					not(containsString("id=\"search-q\"")), not(containsString("<html")))));
	}

	@Test
	void listShowsJapaneseLabelsAndTheExportLinksWithTheFilters() throws Exception {
		this.mvc.perform(get("/contractors").param("status", "CANDIDATE").with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("候補"),
					containsString("href=\"/contractors/export?format=xlsx&amp;status=CANDIDATE\""),
					containsString("id=\"export-csv-sjis\""), containsString("id=\"import-link\""),
					containsString("id=\"new-contractor\""))));
	}

	@Test
	void anAuditorSeesNoCreateOrImportLink() throws Exception {
		this.mvc.perform(get("/contractors").with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"export-xlsx\""),
					not(containsString("id=\"import-link\"")), not(containsString("id=\"new-contractor\"")))));
	}

	@Test
	void anAuditorMayNotOpenTheForm() throws Exception {
		this.mvc.perform(get("/contractors/new").with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theFormHasTheFieldsABrowserFillsIn() throws Exception {
		this.mvc.perform(get("/contractors/new").with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"name\""), containsString("id=\"nameKana\""),
					containsString("id=\"corporateNumber\""), containsString("id=\"supplierType-IT_SERVICE\""),
					containsString("id=\"accessKind-VIEW\""), containsString("id=\"highestClassification\""),
					containsString("id=\"save\""))));
	}

	@Test
	void savingANewContractorShowsItsDetailWithAFlash() throws Exception {
		String kana = ContractorFixtures.uniqueKana();
		this.mvc
			.perform(post("/contractors").with(member())
				.with(csrf())
				.param("name", "新規登録株式会社")
				.param("nameKana", kana)
				.param("supplierTypes", "IT_SERVICE", "LOGISTICS")
				.param("accessKinds", "VIEW")
				.param("highestClassification", "INTERNAL"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/contractors/*"))
			.andExpect(flash().attribute("flash", "contractor.flash.saved"));
		Contractor saved = found(kana).get(0);
		assertThat(saved.getSupplierTypes()).containsExactlyInAnyOrder(SupplierType.IT_SERVICE, SupplierType.LOGISTICS);
	}

	@Test
	void anInvalidReadingShowsALocalisedErrorAndSavesNothing() throws Exception {
		this.mvc
			.perform(post("/contractors").with(member())
				.with(csrf())
				.param("name", "漢字読み株式会社")
				.param("nameKana", "漢字読み")
				.param("corporateNumber", "8000012050002"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("フリガナは全角のカタカナ"), containsString("チェックデジット"),
					containsString("value=\"漢字読み株式会社\""))));
		assertThat(this.contractors.search(new ContractorQuery("漢字読み株式会社", null, null, null, null, null),
				Pageable.unpaged()))
			.isEmpty();
	}

	@Test
	void anInvalidReadingIsExplainedInEnglishToAnEnglishBrowser() throws Exception {
		this.mvc
			.perform(post("/contractors").with(member())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "English")
				.param("nameKana", "漢字"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The reading must be full-width katakana")));
	}

	@Test
	void aStaleEditShowsTheConflictAndKeepsTheInput() throws Exception {
		String kana = ContractorFixtures.uniqueKana();
		Contractor contractor = register("競合株式会社", kana);
		this.contractors.update(contractor.contractorId(), 0, details("先に保存した名称", kana));
		this.mvc
			.perform(post("/contractors/" + contractor.getId()).with(member())
				.with(csrf())
				.param("id", contractor.getId().toString())
				.param("version", "0")
				.param("name", "後から入力した名称")
				.param("nameKana", kana))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"conflict\""), containsString("他の利用者が先に更新しました"),
					containsString("value=\"後から入力した名称\""))));
		assertThat(this.contractors.get(contractor.contractorId()).getName()).isEqualTo("先に保存した名称");
	}

	@Test
	void addingAContactRowKeepsTheInputAndSavesNothing() throws Exception {
		String kana = ContractorFixtures.uniqueKana();
		this.mvc
			.perform(post("/contractors/form/contacts").with(member())
				.with(csrf())
				.param("name", "連絡先追加株式会社")
				.param("nameKana", kana)
				.param("addContact", "true"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("value=\"連絡先追加株式会社\""), containsString("name=\"contacts[0].name\""))));
		assertThat(found(kana)).isEmpty();
	}

	@Test
	void theDetailOffersOnlyTheAllowedNextStatuses() throws Exception {
		Contractor contractor = register("詳細株式会社", ContractorFixtures.uniqueKana());
		this.mvc.perform(get("/contractors/" + contractor.getId()).with(member()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<h1 id=\"contractor-name\""), containsString("id=\"status-SELECTED\""),
						containsString("id=\"status-TERMINATED\""), not(containsString("id=\"status-CONTRACTED\"")),
						containsString("/audit-trail?recordType=contractor&amp;recordId=" + contractor.getId()))));
	}

	@Test
	void theStatusButtonMovesTheContractor() throws Exception {
		Contractor contractor = register("状態変更株式会社", ContractorFixtures.uniqueKana());
		SelectionFixtures.passingEvaluation(this.context, contractor.contractorId());
		this.mvc
			.perform(post("/contractors/" + contractor.getId() + "/status").with(member())
				.with(csrf())
				.param("status", "SELECTED")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "contractor.flash.statusChanged"));
		assertThat(this.contractors.get(contractor.contractorId()).getStatus()).isEqualTo(ContractorStatus.SELECTED);
	}

	@Test
	void aStaleStatusChangeShowsTheConflictAndChangesNothing() throws Exception {
		Contractor contractor = register("状態競合株式会社", ContractorFixtures.uniqueKana());
		this.contractors.update(contractor.contractorId(), 0, details("状態競合株式会社（変更）", contractor.getNameKana()));
		this.mvc
			.perform(post("/contractors/" + contractor.getId() + "/status").with(member())
				.with(csrf())
				.param("status", "SELECTED")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "error.conflict"));
		assertThat(this.contractors.get(contractor.contractorId()).getStatus()).isEqualTo(ContractorStatus.CANDIDATE);
	}

	@Test
	void theComplianceLinkListsContractorsWithoutSupplierType() throws Exception {
		String kana = ContractorFixtures.uniqueKana();
		this.contractors.register(new ContractorDetails("種別未登録株式会社", kana, null, null, null, null, null, Set.of(),
				Set.of(AccessKind.VIEW), null, null, null, null, null, null, List.of()));
		this.mvc.perform(get("/contractors").param("missing", "SUPPLIER_TYPE").param("q", kana).with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"missing-filter\""), containsString("種別未登録株式会社"))));
	}

	@Test
	void theRelatedTabShowsParentAndSubsidiaries() throws Exception {
		Contractor parent = register("親会社株式会社", ContractorFixtures.uniqueKana());
		String kana = ContractorFixtures.uniqueKana();
		Contractor child = this.contractors.register(new ContractorDetails("子会社株式会社", kana, null, null, null, null,
				parent.getId(), Set.of(SupplierType.OTHER), Set.of(AccessKind.NONE), null, null, null, null, null, null,
				List.of()));
		this.mvc.perform(get("/contractors/" + parent.getId()).param("tab", "related").with(member()))
			.andExpect(content().string(containsString("子会社株式会社")));
		this.mvc.perform(get("/contractors/" + child.getId()).param("tab", "related").with(member()))
			.andExpect(content().string(containsString("親会社株式会社")));
	}

	@Test
	void aContractorRepresentativeOpensTheirOwnCompanyButNoOther() throws Exception {
		Contractor own = register("自社株式会社", ContractorFixtures.uniqueKana());
		Contractor other = register("他社株式会社", ContractorFixtures.uniqueKana());
		RequestPostProcessor representative = user(new Representative(UUID.randomUUID(), own.getId()));
		this.mvc.perform(get("/contractors/" + own.getId()).with(representative)).andExpect(status().isOk());
		this.mvc.perform(get("/contractors/" + other.getId()).with(representative)).andExpect(status().isNotFound());
	}

	@Test
	void aContractorRepresentativeListsOnlyTheirOwnCompany() throws Exception {
		Contractor own = register("一覧自社株式会社", ContractorFixtures.uniqueKana());
		register("一覧他社株式会社", ContractorFixtures.uniqueKana());
		this.mvc.perform(get("/contractors").with(user(new Representative(UUID.randomUUID(), own.getId()))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("一覧自社株式会社"), not(containsString("一覧他社株式会社")),
					not(containsString("id=\"new-contractor\"")), not(containsString("id=\"export-xlsx\"")))));
	}

	@Test
	void aContractorRepresentativeMayNotChangeTheStatus() throws Exception {
		Contractor own = register("状態自社株式会社", ContractorFixtures.uniqueKana());
		this.mvc
			.perform(post("/contractors/" + own.getId() + "/status")
				.with(user(new Representative(UUID.randomUUID(), own.getId())))
				.with(csrf())
				.param("status", "SELECTED")
				.param("version", "0"))
			.andExpect(status().isForbidden());
	}

	private Contractor register(String name, String kana) {
		return this.contractors.register(details(name, kana));
	}

	private List<Contractor> found(String kana) {
		return this.contractors.search(new ContractorQuery(kana, null, null, null, null, null), Pageable.unpaged())
			.getContent();
	}

	private static ContractorDetails details(String name, String kana) {
		return new ContractorDetails(name, kana, null, null, null, null, null, Set.of(SupplierType.IT_SERVICE),
				Set.of(AccessKind.VIEW), InformationClassification.INTERNAL, null, null, null, null, null, List.of());
	}

	private static RequestPostProcessor member() {
		return user("member").roles("MEMBER");
	}

}
