package jp.itaku.contractor.exchange;

import java.nio.charset.StandardCharsets;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.RiskTier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

import static jp.itaku.contractor.exchange.ExchangeFixtures.details;
import static jp.itaku.contractor.exchange.ExchangeFixtures.file;
import static jp.itaku.contractor.exchange.ExchangeFixtures.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ContractorImportRoundTripTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Contractors contractors;

	ImportCalls calls;

	String marker;

	@BeforeEach
	void setUp() {
		this.calls = new ImportCalls(this.mvc);
		this.marker = marker();
	}

	@Test
	void anUnchangedExportImportsAsNoChange() throws Exception {
		Contractor parent = this.contractors.register(details("親会社" + this.marker));
		ContractorDetails child = withParentAndOverride(details("子会社" + this.marker), parent);
		this.contractors.register(child);
		byte[] xlsx = this.calls.exportXlsx(this.marker);
		this.calls.preview(file("台帳.xlsx", xlsx))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", hasSize(0)))
			.andExpect(jsonPath("$.toCreate").value(0))
			.andExpect(jsonPath("$.toUpdate").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));
	}

	@Test
	void anEnglishExportImportsAsNoChange() throws Exception {
		this.contractors.register(details("英語" + this.marker));
		byte[] xlsx = this.mvc
			.perform(get("/api/v1/contractors/export").param("q", this.marker)
				.header("Accept-Language", "en")
				.with(user("member").roles("MEMBER")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		this.calls.preview(file("register.xlsx", xlsx))
			.andExpect(jsonPath("$.errors", hasSize(0)))
			.andExpect(jsonPath("$.unchanged").value(1));
	}

	@Test
	void aCellEditedInExcelBecomesOneUpdate() throws Exception {
		Contractor contractor = this.contractors.register(details("編集" + this.marker));
		this.contractors.register(details("据置" + this.marker));
		byte[] edited;
		try (XSSFWorkbook workbook = ExchangeFixtures.workbook(this.calls.exportXlsx(this.marker))) {
			var sheet = workbook.getSheetAt(0);
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				if (sheet.getRow(i).getCell(0).getStringCellValue().equals(contractor.getId().toString())) {
					sheet.getRow(i).createCell(7).setCellValue("鈴木 一郎");
				}
			}
			edited = ExchangeFixtures.bytes(workbook);
		}
		String token = this.calls.token(file("台帳.xlsx", edited));
		this.calls.commit(token).andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(1));
		assertThat(this.contractors.get(contractor.contractorId()).getRepresentative()).isEqualTo("鈴木 一郎");
	}

	@Test
	void aRowChangedSinceExportIsReportedAsStale() throws Exception {
		Contractor contractor = this.contractors.register(details("古い" + this.marker));
		byte[] xlsx = this.calls.exportXlsx(this.marker);
		this.contractors.update(contractor.contractorId(), contractor.getVersion(),
				ContractorExportApiTests.withName(CurrentDetails.of(contractor), "新しい" + this.marker));
		this.calls.preview(file("台帳.xlsx", xlsx))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].column").value("版"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("出力後に変更されています")));
	}

	@Test
	void csvInUtf8WithBomImportsJapaneseExactly() throws Exception {
		String name = "髙﨑～工業" + this.marker;
		String csv = ExchangeFixtures.minimalHeader() + name + ",タカサキコウギョウ,\r\n";
		this.calls.commit(this.calls.token(ExchangeFixtures.csvUtf8WithBom(csv)))
			.andExpect(jsonPath("$.created").value(1));
		assertThat(names()).containsExactly(name);
	}

	@Test
	void csvInShiftJisImportsWindowsCharactersExactly() throws Exception {
		String name = "髙﨑～①商店" + this.marker;
		String csv = ExchangeFixtures.minimalHeader() + name + ",タカサキショウテン,\r\n";
		this.calls.commit(this.calls.token(ExchangeFixtures.csvShiftJis(csv)))
			.andExpect(jsonPath("$.created").value(1));
		assertThat(names()).containsExactly(name);
	}

	@Test
	void csvExportedWithEscapedFormulasImportsAsNoChange() throws Exception {
		this.contractors.register(ContractorExportApiTests.withName(details("x"), "=1+2" + this.marker));
		byte[] csv = this.mvc
			.perform(get("/api/v1/contractors/export").param("format", "csv")
				.param("q", this.marker)
				.with(user("member").roles("MEMBER")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("'=1+2");
		this.calls.preview(file("台帳.csv", csv))
			.andExpect(jsonPath("$.errors", hasSize(0)))
			.andExpect(jsonPath("$.unchanged").value(1));
	}

	private java.util.List<String> names() {
		return this.contractors
			.search(new ContractorQuery(this.marker, null, null, null, null, null), Pageable.unpaged())
			.map(Contractor::getName)
			.getContent();
	}

	private static ContractorDetails withParentAndOverride(ContractorDetails d, Contractor parent) {
		return new ContractorDetails(d.name(), d.nameKana(), d.corporateNumber(), d.postalCode(), d.address(),
				d.representative(), parent.getId(), d.supplierTypes(), d.accessKinds(), d.highestClassification(),
				RiskTier.TIER_3, "委員会で承認済み", d.department(), d.responsibleMember(), d.notes(), d.contacts());
	}

}
