package jp.itaku.contractor.exchange;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.Contractors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static jp.itaku.contractor.exchange.ExchangeFixtures.details;
import static jp.itaku.contractor.exchange.ExchangeFixtures.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ContractorExportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Contractors contractors;

	@Autowired
	ApplicationEvents events;

	@ParameterizedTest
	@ValueSource(strings = { "MEMBER", "COMMITTEE", "AUDITOR", "ADMIN" })
	void internalRolesMayExport(String role) throws Exception {
		this.mvc.perform(get("/api/v1/contractors/export").param("q", marker()).with(user("u").roles(role)))
			.andExpect(status().isOk());
	}

	@Test
	void contractorAccountsMayNotExport() throws Exception {
		this.mvc.perform(get("/api/v1/contractors/export").with(user("c").roles("CONTRACTOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anUnknownFormatIsRefused() throws Exception {
		this.mvc.perform(get("/api/v1/contractors/export").param("format", "pdf").with(user("m").roles("MEMBER")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void xlsxHasABoldFrozenFilteredJapaneseHeaderAndTheFilteredRows() throws Exception {
		String marker = marker();
		this.contractors.register(details("対象商事" + marker));
		this.contractors.register(details("対象外商事" + marker()));
		byte[] xlsx = exportXlsx(marker, null);
		try (XSSFWorkbook workbook = ExchangeFixtures.workbook(xlsx)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("名称");
			assertThat(workbook.getFontAt(sheet.getRow(0).getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("対象商事" + marker);
			assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("ITサービス;クラウドサービス");
		}
	}

	@Test
	void theListsMissingFilterLimitsTheExport() throws Exception {
		String marker = marker();
		ContractorDetails typed = details("種類あり" + marker);
		this.contractors.register(typed);
		this.contractors.register(new ContractorDetails("種類なし" + marker, typed.nameKana(), null, null, null, null, null,
				java.util.Set.of(), typed.accessKinds(), typed.highestClassification(), null, null, null, null, null,
				java.util.List.of()));
		byte[] xlsx = this.mvc
			.perform(get("/api/v1/contractors/export").param("q", marker)
				.param("missing", "SUPPLIER_TYPE")
				.with(user("member").roles("MEMBER")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = ExchangeFixtures.workbook(xlsx)) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("種類なし" + marker);
		}
	}

	@Test
	void headersFollowAnEnglishUser() throws Exception {
		byte[] xlsx = exportXlsx(marker(), "en");
		try (XSSFWorkbook workbook = ExchangeFixtures.workbook(xlsx)) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("Name");
		}
	}

	@Test
	void fileNameIsDatedAndEncodedForNonAsciiClients() throws Exception {
		this.mvc.perform(get("/api/v1/contractors/export").param("q", marker()).with(user("m").roles("MEMBER")))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''%E5%A7%94%E8%A8%97%E5%85%88%E5%8F%B0%E5%B8%B3_")))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")));
	}

	@Test
	void csvEscapesFormulasAndXlsxMarksThemAsText() throws Exception {
		String marker = marker();
		this.contractors.register(withName(details("x"), "=HYPERLINK(\"http://evil\")" + marker));
		byte[] csv = this.mvc
			.perform(get("/api/v1/contractors/export").param("format", "csv")
				.param("q", marker)
				.with(user("m").roles("MEMBER")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"http://evil\"\")" + marker);
		try (XSSFWorkbook workbook = ExchangeFixtures.workbook(exportXlsx(marker, null))) {
			Cell name = workbook.getSheetAt(0).getRow(1).getCell(2);
			assertThat(name.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
		}
	}

	@Test
	void shiftJisKeepsWindowsCharactersAndSaysHowManyItReplaced() throws Exception {
		String marker = marker();
		this.contractors.register(withName(details("x"), "髙﨑～①" + marker + "😀"));
		byte[] csv = this.mvc
			.perform(get("/api/v1/contractors/export").param("format", "csv")
				.param("encoding", "shift_jis")
				.param("q", marker)
				.with(user("m").roles("MEMBER")))
			.andExpect(content().contentType("text/csv;charset=Shift_JIS"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, Charset.forName("windows-31j"));
		assertThat(text).contains("髙﨑～①" + marker + "〓");
		assertThat(text).contains("# Shift_JIS で表せない文字 1 文字を 〓 に置き換えました");
	}

	@Test
	void exportIsRecordedInTheAuditTrailWithFilterAndRowCount() throws Exception {
		String marker = marker();
		this.contractors.register(details("監査対象" + marker));
		exportXlsx(marker, null);
		assertThat(this.events.stream(ContractorsExported.class)).singleElement().satisfies((event) -> {
			assertThat(event.actor()).isEqualTo("member");
			assertThat(event.rows()).isEqualTo(1);
			assertThat(event.filter()).contains("q=" + marker);
		});
	}

	private byte[] exportXlsx(String marker, String language) throws Exception {
		var request = get("/api/v1/contractors/export").param("format", "xlsx")
			.param("q", marker)
			.with(user("member").roles("MEMBER"));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	static ContractorDetails withName(ContractorDetails d, String name) {
		return new ContractorDetails(name, d.nameKana(), d.corporateNumber(), d.postalCode(), d.address(),
				d.representative(), d.parentId(), d.supplierTypes(), d.accessKinds(), d.highestClassification(),
				d.riskTierOverride(), d.riskTierOverrideReason(), d.department(), d.responsibleMember(), d.notes(),
				d.contacts());
	}

}
