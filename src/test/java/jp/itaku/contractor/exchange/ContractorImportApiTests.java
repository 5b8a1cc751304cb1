package jp.itaku.contractor.exchange;

import jp.itaku.contractor.ContractorQuery;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.RiskTier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static jp.itaku.contractor.exchange.ExchangeFixtures.corporateNumber;
import static jp.itaku.contractor.exchange.ExchangeFixtures.csvUtf8WithBom;
import static jp.itaku.contractor.exchange.ExchangeFixtures.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ContractorImportApiTests {

	private static final String HEADER = "名称,名称カナ,法人番号,供給者の種類,最高情報区分,リスク区分（変更）,リスク区分変更の理由,状態,主担当者メール,主担当者\r\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Contractors contractors;

	@Autowired
	ApplicationEvents events;

	ImportCalls calls;

	String marker;

	@BeforeEach
	void setUp() {
		this.calls = new ImportCalls(this.mvc);
		this.marker = marker();
	}

	@Test
	void previewReportsEveryInvalidRowWithItsReasonAndWritesNothing() throws Exception {
		String csv = HEADER + "," + "アイウ,,,,,,,,\r\n" // no name
				+ "良い商事" + this.marker + ",イイショウジ,,,,,,,,\r\n" // valid
				+ "漢字商事" + this.marker + ",漢字,,,,,,,,\r\n" // kana not kana
				+ "番号商事" + this.marker + ",バンゴウ,1234567890123,,,,,,,\r\n" // check digit
				+ "種類商事" + this.marker + ",シュルイ,,宇宙旅行,,,,,,\r\n" // unknown type
				+ "区分商事" + this.marker + ",クブン,,,,区分1（高）,,,,\r\n" // override without
																	// reason
				+ "連絡商事" + this.marker + ",レンラク,,,,,,,not-an-email,鈴木\r\n"; // e-mail
		this.calls.preview(csvUtf8WithBom(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.toCreate").value(1))
			.andExpect(jsonPath("$.errors", hasSize(6)))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("名称"))
			.andExpect(jsonPath("$.errors[0].message").value("必須です。"))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("カナ")))
			.andExpect(jsonPath("$.errors[2].column").value("法人番号"))
			.andExpect(jsonPath("$.errors[3].message").value(containsString("宇宙旅行")))
			.andExpect(jsonPath("$.errors[4].column").value("リスク区分変更の理由"))
			.andExpect(jsonPath("$.errors[5].column").value("主担当者メール"));
		assertThat(found()).isZero();
	}

	@Test
	void reasonsFollowAnEnglishUser() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/contractors/imports").file(csvUtf8WithBom(HEADER + ",アイウ,,,,,,,,\r\n"))
				.header("Accept-Language", "en")
				.with(user("m").roles("MEMBER")))
			.andExpect(jsonPath("$.errors[0].column").value("Name"))
			.andExpect(jsonPath("$.errors[0].message").value("Required."));
	}

	@Test
	void aFileWithOneBadRowCommitsNothing() throws Exception {
		String csv = HEADER + "一件目" + this.marker + ",イッケンメ,,,,,,,,\r\n" + "二件目" + this.marker + ",ニケンメ,,不明,,,,,,\r\n";
		String token = this.calls.token(csvUtf8WithBom(csv));
		this.calls.commit(token)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		assertThat(found()).isZero();
	}

	@Test
	void aGoodFileCommitsEveryRowWithItsValuesAndStatus() throws Exception {
		String number = corporateNumber();
		String csv = HEADER + "一件目" + this.marker + ",イッケンメ," + number
				+ ",ITサービス;LOGISTICS,秘,区分1（高）,個人情報を大量に扱う,契約中,a@example.jp,田中\r\n" + "二件目" + this.marker
				+ ",にけんめ,,,,,,,,\r\n";
		String token = this.calls.token(csvUtf8WithBom(csv));
		this.calls.commit(token)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.updated").value(0));
		var first = this.contractors.search(query("一件目" + this.marker), Pageable.unpaged()).getContent().get(0);
		assertThat(first.getCorporateNumber()).isEqualTo(number);
		assertThat(first.effectiveRiskTier()).isEqualTo(RiskTier.TIER_1);
		assertThat(first.getStatus()).isEqualTo(ContractorStatus.CONTRACTED);
		assertThat(first.getContacts()).singleElement()
			.satisfies((c) -> assertThat(c.email()).isEqualTo("a@example.jp"));
		assertThat(found()).isEqualTo(2);
		assertThat(this.events.stream(ContractorsImported.class)).singleElement()
			.satisfies((event) -> assertThat(event.created()).isEqualTo(2));
	}

	@Test
	void aCorporateNumberTwiceInTheFileIsReportedOnTheSecondRow() throws Exception {
		String number = corporateNumber();
		String csv = ExchangeFixtures.minimalHeader() + "甲" + this.marker + ",コウ," + number + "\r\n" + "乙" + this.marker
				+ ",オツ," + number + "\r\n";
		this.calls.preview(csvUtf8WithBom(csv))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("法人番号"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2 行目と重複")));
	}

	@Test
	void aCorporateNumberAlreadyRegisteredIsReported() throws Exception {
		var existing = this.contractors.register(ExchangeFixtures.details("既存" + this.marker));
		String csv = ExchangeFixtures.minimalHeader() + "新規" + this.marker + ",シンキ," + existing.getCorporateNumber()
				+ "\r\n";
		this.calls.preview(csvUtf8WithBom(csv))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("すでに登録されています")));
	}

	private long found() {
		return this.contractors.search(query(this.marker), Pageable.unpaged()).getTotalElements();
	}

	private static ContractorQuery query(String text) {
		return new ContractorQuery(text, null, null, null, null, null);
	}

}
