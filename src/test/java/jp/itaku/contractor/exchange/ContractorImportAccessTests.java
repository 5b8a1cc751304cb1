package jp.itaku.contractor.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static jp.itaku.contractor.exchange.ExchangeFixtures.csvUtf8WithBom;
import static jp.itaku.contractor.exchange.ExchangeFixtures.file;
import static jp.itaku.contractor.exchange.ExchangeFixtures.marker;
import static jp.itaku.contractor.exchange.ExchangeFixtures.minimalHeader;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ContractorImportAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportStore store;

	@Autowired
	Clock clock;

	ImportCalls calls;

	@BeforeEach
	void setUp() {
		this.calls = new ImportCalls(this.mvc);
	}

	@ParameterizedTest
	@ValueSource(strings = { "MEMBER", "COMMITTEE", "ADMIN" })
	void rolesThatMaintainTheRegisterMayImport(String role) throws Exception {
		this.calls.preview(aValidFile(), "u", role).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "AUDITOR", "CONTRACTOR" })
	void auditorsAndContractorAccountsMayNotImport(String role) throws Exception {
		this.calls.preview(aValidFile(), "u", role).andExpect(status().isForbidden());
	}

	@Test
	void auditorsMayNotCommitEither() throws Exception {
		String token = this.calls.token(aValidFile());
		this.calls.commit(token, "auditor", "AUDITOR").andExpect(status().isForbidden());
	}

	@Test
	void onlyTheUserWhoPreviewedMayCommit() throws Exception {
		String token = this.calls.token(aValidFile());
		this.calls.commit(token, "member2", "MEMBER").andExpect(status().isNotFound());
		this.calls.commit(token).andExpect(status().isOk());
	}

	@Test
	void anImportIsCommittedOnlyOnce() throws Exception {
		String token = this.calls.token(aValidFile());
		this.calls.commit(token).andExpect(status().isOk());
		this.calls.commit(token)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("この取込はすでに実行済みです。"));
	}

	@Test
	void anExpiredPreviewIsRefusedWithAClearMessage() throws Exception {
		Instant past = this.clock.instant().minus(Duration.ofHours(2));
		String token = UUID.randomUUID().toString();
		this.store.save(new StoredImport(token, "member", "old.csv", past, past.plus(Duration.ofHours(1)),
				StoredImport.PREVIEWED, new ImportPlan(List.of(), 0, List.of())));
		this.calls.commit(token)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("有効期限が切れました")));
	}

	@Test
	void aFileRenamedToXlsxThatIsNoWorkbookIsRefused() throws Exception {
		this.calls.preview(file("台帳.xlsx", (minimalHeader() + "a,ア,\r\n").getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Excel（.xlsx）ファイルではありません")));
	}

	@Test
	void otherFileTypesAreRefused() throws Exception {
		this.calls.preview(file("委託先.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("CSV（.csv）ファイルだけです")));
	}

	@Test
	void moreRowsThanTheConfiguredMaximumAreRefused() throws Exception {
		StringBuilder csv = new StringBuilder(minimalHeader());
		for (int i = 0; i <= 10_000; i++) {
			csv.append("商事").append(i).append(",ショウジ,\r\n");
		}
		this.calls.preview(csvUtf8WithBom(csv.toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("10,000 行まで")));
	}

	@Test
	void blankLinesAreSkipped() throws Exception {
		String csv = minimalHeader() + "\r\n,,\r\n空行" + marker() + ",クウギョウ,\r\n\r\n";
		this.calls.preview(csvUtf8WithBom(csv))
			.andExpect(jsonPath("$.toCreate").value(1))
			.andExpect(jsonPath("$.errors.length()").value(0));
	}

	@Test
	void aFileWithoutTheNameColumnsIsRefused() throws Exception {
		this.calls.preview(csvUtf8WithBom("法人番号\r\n1234567890123\r\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("名称")));
	}

	private static org.springframework.mock.web.MockMultipartFile aValidFile() {
		return csvUtf8WithBom(minimalHeader() + "権限" + marker() + ",ケンゲン,\r\n");
	}

}
