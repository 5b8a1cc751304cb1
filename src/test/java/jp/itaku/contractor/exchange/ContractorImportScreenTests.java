package jp.itaku.contractor.exchange;

import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.RiskTier;
import jp.itaku.contractor.SupplierType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

import static jp.itaku.contractor.exchange.ExchangeFixtures.csvUtf8WithBom;
import static jp.itaku.contractor.exchange.ExchangeFixtures.marker;
import static jp.itaku.contractor.exchange.ExchangeFixtures.minimalHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ContractorImportScreenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Contractors contractors;

	@Test
	void uploadFormOffersTheFileFieldAndTheTemplate() throws Exception {
		this.mvc.perform(get("/contractors/import").with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-file\""),
					containsString("id=\"import-upload\""), containsString("/contractors/import/template.xlsx"))));
	}

	@Test
	void previewListsTheErrorsAndDisablesTheCommit() throws Exception {
		String location = upload(minimalHeader() + "誤り" + marker() + ",漢字,\r\n");
		this.mvc.perform(get(location).with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"import-errors\""), containsString("カナ（カタカナ・ひらがな）と英数字だけで入力してください。"),
						matchesPattern("(?s).*id=\"import-commit\"[^>]*disabled.*"))));
	}

	@Test
	void committingAValidPreviewShowsTheResultAndWritesTheRows() throws Exception {
		String marker = marker();
		String location = upload(minimalHeader() + "画面" + marker + ",ガメン,\r\n");
		this.mvc.perform(post(location + "/commit").with(csrf()).with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新規登録 1 件、更新 0 件を取り込みました。")));
		assertThat(
				this.contractors.search(new ContractorQuery(marker, null, null, null, null, null), Pageable.unpaged())
					.getTotalElements())
			.isEqualTo(1);
	}

	@Test
	void aRefusedFileIsExplainedOnTheUploadForm() throws Exception {
		this.mvc
			.perform(multipart("/contractors/import").file(ExchangeFixtures.file("x.xlsx", new byte[] { 1, 2, 3 }))
				.with(csrf())
				.with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-problem\"")));
	}

	@Test
	void templateIsAWorkbookWithTheColumnsAUserFills() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/contractors/import/template.xlsx").with(user("member").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = ExchangeFixtures.workbook(xlsx)) {
			var header = workbook.getSheetAt(0).getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("名称");
			assertThat(header.getLastCellNum()).isEqualTo((short) ExchangeColumn.TEMPLATE.size());
		}
	}

	@Test
	void aFilledTemplateImportsWithJapaneseLabels() throws Exception {
		String marker = marker();
		byte[] template = this.mvc
			.perform(get("/contractors/import/template.xlsx").with(user("member").roles("MEMBER")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled;
		try (var workbook = ExchangeFixtures.workbook(template)) {
			var sheet = workbook.getSheetAt(0);
			var header = sheet.getRow(0);
			var row = sheet.createRow(1);
			for (int i = 0; i < header.getLastCellNum(); i++) {
				String value = switch (header.getCell(i).getStringCellValue()) {
					case "名称" -> "テンプレート商事" + marker;
					case "名称カナ" -> "テンプレートショウジ";
					case "供給者の種類" -> "物流サービス;クラウドサービス";
					case "アクセスの種類" -> "閲覧";
					case "最高情報区分" -> "社外秘";
					default -> null;
				};
				if (value != null) {
					row.createCell(i).setCellValue(value);
				}
			}
			filled = ExchangeFixtures.bytes(workbook);
		}
		String location = this.mvc
			.perform(multipart("/contractors/import").file(ExchangeFixtures.file("入力.xlsx", filled))
				.with(csrf())
				.with(user("member").roles("MEMBER")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(post(location + "/commit").with(csrf()).with(user("member").roles("MEMBER")))
			.andExpect(content().string(containsString("新規登録 1 件")));
		var created = this.contractors
			.search(new ContractorQuery(marker, null, null, null, null, null), Pageable.unpaged())
			.getContent()
			.get(0);
		assertThat(created.getSupplierTypes()).containsExactlyInAnyOrder(SupplierType.LOGISTICS,
				SupplierType.CLOUD_SERVICE);
		assertThat(created.effectiveRiskTier()).isEqualTo(RiskTier.TIER_3);
	}

	@Test
	void auditorsDoNotSeeTheImportScreen() throws Exception {
		this.mvc.perform(get("/contractors/import").with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isForbidden());
	}

	private String upload(String csv) throws Exception {
		return this.mvc
			.perform(multipart("/contractors/import").file(csvUtf8WithBom(csv))
				.with(csrf())
				.with(user("member").roles("MEMBER")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/contractors/import/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

}
