package jp.itaku.selection;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contact;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The e-mail link by which a contractor without an account acknowledges the criteria in
 * force (規程 4.1(1) SEL-02: 電子メールでのリンク送付). Mail is not configured in tests, so the member
 * is handed the link.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AcknowledgementLinkTests {

	static final String API = "/api/v1/selection";

	static final RequestPostProcessor MEMBER = user("link-member").roles("MEMBER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	Contractors contractors;

	@Autowired
	AcknowledgementLinkRepository links;

	@Autowired
	CriteriaNoticeRepository notices;

	@Autowired
	Clock clock;

	@Test
	void informingAContractorWithoutAnAccountHandsTheMemberALinkWhenMailIsNotConfigured() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		Contractor contractor = withContact("リンク未設定株式会社");
		this.mvc.perform(post(API + "/contractors/{id}/notice", contractor.getId()).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.informed").value(true))
			.andExpect(jsonPath("$.mailedTo").doesNotExist())
			.andExpect(jsonPath("$.handOverLink", startsWith("http://localhost:8080/criteria-acknowledgements/")));
	}

	@Test
	void theInformButtonShowsTheMemberTheLinkToPassOn() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		Contractor contractor = withContact("画面リンク株式会社");
		this.mvc.perform(post("/selection/contractors/{id}/notice", contractor.getId()).with(MEMBER).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("画面リンク株式会社"),
					containsString("http://localhost:8080/criteria-acknowledgements/"))));
	}

	@Test
	void theLinkShowsTheContractorAndTheCriteriaInForceWithoutSignIn() throws Exception {
		CriteriaVersionView version = SelectionFixtures.criteriaInForce(this.context);
		Contractor contractor = withContact("公開ページ株式会社");
		String token = informAndTakeToken(contractor);
		this.mvc.perform(get("/criteria-acknowledgements/{token}", token))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("公開ページ株式会社"), containsString(version.title()),
					containsString("id=\"acknowledge\""))));
	}

	@Test
	void acknowledgingThroughTheLinkRecordsTheContactAndDropsTheContractorFromTheList() throws Exception {
		CriteriaVersionView version = SelectionFixtures.criteriaInForce(this.context);
		Contractor contractor = withContact("確認リンク株式会社");
		String token = informAndTakeToken(contractor);
		this.mvc.perform(post("/criteria-acknowledgements/{token}", token).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"acknowledged\"")));
		CriteriaNotice notice = this.notices.findById(new CriteriaNotice.Key(version.id(), contractor.getId()))
			.orElseThrow();
		assertThat(notice.view(version.number()).acknowledgedBy()).isEqualTo("田中 <tanaka@example.co.jp>");
		this.mvc.perform(get(API + "/not-informed").with(MEMBER))
			.andExpect(jsonPath("$[*].contractorId", not(hasItem(contractor.getId().toString()))));
	}

	@Test
	void aSecondAcknowledgementKeepsTheFirst() throws Exception {
		CriteriaVersionView version = SelectionFixtures.criteriaInForce(this.context);
		Contractor contractor = withContact("二重確認株式会社");
		String token = informAndTakeToken(contractor);
		this.mvc.perform(post("/criteria-acknowledgements/{token}", token).with(csrf())).andExpect(status().isOk());
		CriteriaNotice.Key key = new CriteriaNotice.Key(version.id(), contractor.getId());
		java.time.Instant first = this.notices.findById(key).orElseThrow().getAcknowledgedAt();
		this.mvc.perform(post("/criteria-acknowledgements/{token}", token).with(csrf())).andExpect(status().isOk());
		assertThat(this.notices.findById(key).orElseThrow().getAcknowledgedAt()).isEqualTo(first);
	}

	@Test
	void acknowledgingWithoutTheCsrfTokenIsRefused() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		String token = informAndTakeToken(withContact("CSRF確認株式会社"));
		this.mvc.perform(post("/criteria-acknowledgements/{token}", token)).andExpect(status().isForbidden());
	}

	@Test
	void anUnknownTokenIsNotFound() throws Exception {
		this.mvc.perform(get("/criteria-acknowledgements/{token}", "not-a-real-token-at-all"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/criteria-acknowledgements/{token}", "not-a-real-token-at-all").with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anExpiredTokenIsNotFound() throws Exception {
		CriteriaVersionView version = SelectionFixtures.criteriaInForce(this.context);
		Contractor contractor = withContact("期限切れ株式会社");
		String token = "expired-" + UUID.randomUUID();
		java.time.Instant past = this.clock.instant().minus(Duration.ofDays(61));
		this.links.save(new AcknowledgementLink(AcknowledgementLinks.hash(token), version.id(), contractor.getId(),
				"田中 <tanaka@example.co.jp>", "link-member", past, past.plus(Duration.ofDays(60))));
		this.mvc.perform(get("/criteria-acknowledgements/{token}", token)).andExpect(status().isNotFound());
	}

	@Test
	void aLinkToASupersededVersionIsNotFound() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		String token = informAndTakeToken(withContact("改訂前株式会社"));
		SelectionFixtures.approveNew(this.context, List.of(SelectionFixtures.general("G01", 10, true)));
		this.mvc.perform(get("/criteria-acknowledgements/{token}", token)).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheHashOfTheTokenIsStored() throws Exception {
		SelectionFixtures.criteriaInForce(this.context);
		String token = informAndTakeToken(withContact("ハッシュ保存株式会社"));
		assertThat(this.links.findByTokenHash(AcknowledgementLinks.hash(token))).isPresent();
		assertThat(this.links.findAll()).extracting(AcknowledgementLink::getTokenHash)
			.doesNotContain(token)
			.allSatisfy((hash) -> assertThat(hash).hasSize(64));
	}

	private String informAndTakeToken(Contractor contractor) throws Exception {
		String body = this.mvc.perform(post(API + "/contractors/{id}/notice", contractor.getId()).with(MEMBER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String link = this.json.readTree(body).get("handOverLink").asString();
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private Contractor withContact(String name) {
		return this.contractors.register(new ContractorDetails(name, SelectionApiTests.kana(), null, null, null, null,
				null, Set.of(SupplierType.IT_SERVICE), Set.of(AccessKind.VIEW), InformationClassification.INTERNAL,
				null, null, null, null, null, List.of(new Contact("田中", "総務部", "tanaka@example.co.jp", null, true))));
	}

}
