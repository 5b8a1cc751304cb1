package jp.itaku.contractor;

import jp.itaku.selection.SelectionFixtures;
import java.util.Set;
import java.util.UUID;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ContractorApiTests {

	private static final String API = "/api/v1/contractors";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserAccounts accounts;

	@Test
	void memberCreatesAContractorAndGetsItsLocation() throws Exception {
		String kana = ContractorFixtures.uniqueKana();
		this.mvc.perform(post(API).with(member()).contentType(MediaType.APPLICATION_JSON).content(body(kana, null)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString(API + "/")))
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.nameKana").value(kana))
			.andExpect(jsonPath("$.status").value("CANDIDATE"))
			.andExpect(jsonPath("$.supplierTypes[0]").value("CLOUD_SERVICE"))
			.andExpect(jsonPath("$.effectiveRiskTier").value("TIER_1"))
			.andExpect(jsonPath("$.createdBy").value("member"));
	}

	@Test
	void theLocationAnswersTheRecord() throws Exception {
		String kana = ContractorFixtures.uniqueKana();
		String location = this.mvc
			.perform(post(API).with(member()).contentType(MediaType.APPLICATION_JSON).content(body(kana, null)))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get(location).with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameKana").value(kana))
			.andExpect(jsonPath("$.contacts[0].email").value("taro@example.jp"))
			.andExpect(jsonPath("$.contacts[0].primaryContact").value(true));
	}

	@Test
	void staleUpdateAnswers409AndChangesNothing() throws Exception {
		JsonNode created = create(ContractorFixtures.uniqueKana());
		String id = created.get("id").asString();
		String first = body(created.get("nameKana").asString(), 0L).replace("クラウド株式会社", "最初の変更");
		this.mvc.perform(put(API + "/" + id).with(member()).contentType(MediaType.APPLICATION_JSON).content(first))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		String stale = body(created.get("nameKana").asString(), 0L).replace("クラウド株式会社", "古い版からの変更");
		this.mvc.perform(put(API + "/" + id).with(member()).contentType(MediaType.APPLICATION_JSON).content(stale))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("他の利用者が先に更新しました")));
		this.mvc.perform(get(API + "/" + id).with(member()))
			.andExpect(jsonPath("$.name").value("最初の変更"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void badInputAnswers400WithEachFieldsErrorInJapanese() throws Exception {
		this.mvc.perform(post(API).with(member()).contentType(MediaType.APPLICATION_JSON).content(invalidBody()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("入力してください。")))
			.andExpect(jsonPath("$.errors[?(@.field == 'nameKana')].message")
				.value(hasItem(containsString("フリガナは全角のカタカナ"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'corporateNumber')].message")
				.value(hasItem(containsString("チェックデジット"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'contacts[0].email')].message")
				.value(hasItem("メールアドレスの形式が正しくありません。")));
	}

	@Test
	void badInputAnswersInEnglishWhenAskedFor() throws Exception {
		this.mvc
			.perform(post(API).with(member())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(invalidBody()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("Please enter a value.")))
			.andExpect(jsonPath("$.errors[?(@.field == 'corporateNumber')].message")
				.value(hasItem(containsString("check digit"))));
	}

	@Test
	void aCorporateNumberAlreadyRegisteredAnswers400() throws Exception {
		String number = ContractorFixtures.corporateNumber();
		String first = body(ContractorFixtures.uniqueKana(), null).replace("\"corporateNumber\":null",
				"\"corporateNumber\":\"" + number + "\"");
		this.mvc.perform(post(API).with(member()).contentType(MediaType.APPLICATION_JSON).content(first))
			.andExpect(status().isCreated());
		String second = body(ContractorFixtures.uniqueKana(), null).replace("\"corporateNumber\":null",
				"\"corporateNumber\":\"" + number + "\"");
		this.mvc.perform(post(API).with(member()).contentType(MediaType.APPLICATION_JSON).content(second))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("corporateNumber"))
			.andExpect(jsonPath("$.errors[0].message").value("この法人番号の委託先はすでに登録されています。"));
	}

	@Test
	void aCallWithoutCredentialsAnswers401() throws Exception {
		this.mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content(body("テスト", null)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anAuditorReadsTheListButMayNotWrite() throws Exception {
		this.mvc.perform(get(API).with(user("auditor").roles("AUDITOR"))).andExpect(status().isOk());
		this.mvc
			.perform(post(API).with(user("auditor").roles("AUDITOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(ContractorFixtures.uniqueKana(), null)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aContractorAccountSeesOnlyItsOwnCompany() throws Exception {
		String own = create(ContractorFixtures.uniqueKana()).get("id").asString();
		String other = create(ContractorFixtures.uniqueKana()).get("id").asString();
		RequestPostProcessor representative = contractorAccount(UUID.fromString(own));
		this.mvc.perform(get(API).with(representative))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(own));
		this.mvc.perform(get(API + "/" + own).with(representative)).andExpect(status().isOk());
		this.mvc.perform(get(API + "/" + other).with(representative)).andExpect(status().isNotFound());
	}

	@Test
	void aContractorAccountMayNotChangeItsOwnCompany() throws Exception {
		JsonNode own = create(ContractorFixtures.uniqueKana());
		RequestPostProcessor representative = contractorAccount(UUID.fromString(own.get("id").asString()));
		this.mvc
			.perform(put(API + "/" + own.get("id").asString()).with(representative)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(own.get("nameKana").asString(), 0L)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theListAnswersPagesAndFindsByHiragana() throws Exception {
		String kana = ContractorFixtures.uniqueKana();
		create(kana);
		this.mvc.perform(get(API).with(member()).param("q", ContractorFixtures.hiragana(kana)).param("size", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].nameKana").value(kana))
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.size").value(5))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.page.totalPages").value(1));
	}

	@Test
	void aParentThatWouldMakeACycleAnswers400() throws Exception {
		JsonNode parent = create(ContractorFixtures.uniqueKana());
		String parentId = parent.get("id").asString();
		String child = body(ContractorFixtures.uniqueKana(), null).replaceFirst("\\{",
				"{\"parentId\":\"" + parentId + "\",");
		String childId = this.json
			.readTree(this.mvc.perform(post(API).with(member()).contentType(MediaType.APPLICATION_JSON).content(child))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asString();
		String cycle = body(parent.get("nameKana").asString(), 0L).replaceFirst("\\{",
				"{\"parentId\":\"" + childId + "\",");
		this.mvc
			.perform(put(API + "/" + parentId).with(member()).contentType(MediaType.APPLICATION_JSON).content(cycle))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.errors[0].message").value("この親会社を選ぶと親子関係が循環します。"));
	}

	@Test
	void anUnknownSortPropertyAnswers400() throws Exception {
		this.mvc.perform(get(API).with(member()).param("sort", "searchText,asc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
	}

	@Test
	void aFilterValueThatIsNoStatusAnswers400() throws Exception {
		this.mvc.perform(get(API).with(member()).param("status", "ACTIVE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message").value("状態の値が正しくありません。"));
	}

	@Test
	void movesAlongTheLifeCycleWithTheCurrentVersion() throws Exception {
		String id = create(ContractorFixtures.uniqueKana()).get("id").asString();
		SelectionFixtures.passingEvaluation(this.context, ContractorId.of(id));
		this.mvc
			.perform(post(API + "/" + id + "/status").with(member())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"SELECTED\",\"version\":0,\"reason\":\"選定基準を満たした\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SELECTED"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void anIllegalTransitionAnswers409() throws Exception {
		String id = create(ContractorFixtures.uniqueKana()).get("id").asString();
		this.mvc
			.perform(post(API + "/" + id + "/status").with(member())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"CONTRACTED\",\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("変更できません")));
		this.mvc.perform(get(API + "/" + id).with(member())).andExpect(jsonPath("$.status").value("CANDIDATE"));
	}

	private JsonNode create(String kana) throws Exception {
		String response = this.mvc
			.perform(post(API).with(member()).contentType(MediaType.APPLICATION_JSON).content(body(kana, null)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response);
	}

	private RequestPostProcessor contractorAccount(UUID contractorId) {
		String username = "rep-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "Tantousha-Pass-2026!";
		this.accounts.createLocal(username, "委託先担当者", password, Set.of(Role.CONTRACTOR), contractorId);
		return httpBasic(username, password);
	}

	private static RequestPostProcessor member() {
		return user("member").roles("MEMBER");
	}

	/** A valid request, without 法人番号 so that it never collides. */
	private static String body(String kana, Long version) {
		return """
				{%s"name":"クラウド株式会社","nameKana":"%s","corporateNumber":null,
				 "postalCode":"100-0013","address":"東京都千代田区霞が関3-1-1","representative":"山田 太郎",
				 "supplierTypes":["CLOUD_SERVICE"],"accessKinds":["STORE","SYSTEM_ACCESS"],
				 "highestClassification":"CONFIDENTIAL","department":"情報システム部","responsibleMember":"佐藤",
				 "contacts":[{"name":"鈴木 太郎","email":"taro@example.jp","phone":"03-0000-0000","primaryContact":true}]}
				""".formatted((version != null) ? "\"version\":" + version + "," : "", kana);
	}

	private static String invalidBody() {
		return """
				{"name":" ","nameKana":"株式会社","corporateNumber":"8000012050002",
				 "contacts":[{"name":"鈴木","email":"not-an-address"}]}
				""";
	}

}
