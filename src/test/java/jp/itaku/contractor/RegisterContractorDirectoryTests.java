package jp.itaku.contractor;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.identity.ContractorDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class RegisterContractorDirectoryTests {

	@Autowired
	ContractorDirectory directory;

	@Autowired
	Contractors contractors;

	@Test
	void namesAContractorById() {
		Contractor contractor = register("名前引き株式会社", ContractorFixtures.uniqueKana());
		assertThat(this.directory.nameOf(contractor.getId())).contains("名前引き株式会社");
	}

	@Test
	void knowsNoNameForAnUnknownId() {
		assertThat(this.directory.nameOf(UUID.randomUUID())).isEmpty();
	}

	@Test
	void findsContractorsByHiraganaReading() {
		String kana = ContractorFixtures.uniqueKana();
		Contractor contractor = register("ディレクトリ検索株式会社", kana);
		assertThat(this.directory.search(ContractorFixtures.hiragana(kana), 10))
			.containsExactly(new ContractorDirectory.Entry(contractor.getId(), "ディレクトリ検索株式会社"));
	}

	private Contractor register(String name, String kana) {
		return this.contractors.register(new ContractorDetails(name, kana, null, null, null, null, null,
				Set.of(SupplierType.OTHER), Set.of(AccessKind.NONE), null, null, null, null, null, null, List.of()));
	}

}
