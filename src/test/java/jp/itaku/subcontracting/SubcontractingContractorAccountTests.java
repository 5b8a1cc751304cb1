package jp.itaku.subcontracting;

import java.util.Set;
import java.util.UUID;

import jp.itaku.contractor.Contractor;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A contractor account (規程 4.2(3)①: the contractor asks for prior approval itself) files
 * requests for its own company only, naming the subcontractor by 法人番号, and sees its own
 * company's requests and chain only (404 otherwise), no findings.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubcontractingContractorAccountTests {

	private static final String API = SubcontractingApiTests.API;

	private static final String PASSWORD = "contractor-account-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	private Contractor own;

	private Contractor other;

	private RequestPostProcessor account;

	@BeforeEach
	void setUp() {
		this.own = SubcontractingFixtures.company(this.context, "自社申請株式会社");
		this.other = SubcontractingFixtures.company(this.context, "他社株式会社");
		String username = "sub-rep-" + UUID.randomUUID().toString().substring(0, 8);
		this.context.getBean(UserAccounts.class)
			.createLocal(username, "委託先担当", PASSWORD, Set.of(Role.CONTRACTOR), this.own.getId());
		this.account = httpBasic(username, PASSWORD);
	}

	@Test
	void aContractorAccountRequestsForItsOwnCompanyNamingTheSubcontractorByCorporateNumber() throws Exception {
		Contractor subcontractor = SubcontractingFixtures.company(this.context, "法人番号指定先株式会社");
		SubcontractingInput input = SubcontractingFixtures.input(null, null);

		this.mvc
			.perform(post(API).with(this.account)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(new SubcontractingInput(null, null, null,
						subcontractor.getCorporateNumber(), input.work(), input.information(), input.classification(),
						input.securityMeasures(), input.periodFrom(), input.periodTo()))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contractorId").value(this.own.getId().toString()))
			.andExpect(jsonPath("$.subcontractorName").value("法人番号指定先株式会社"))
			.andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
	}

	@Test
	void aContractorAccountCannotRequestForAnotherCompany() throws Exception {
		Contractor subcontractor = SubcontractingFixtures.company(this.context, "他社向け先株式会社");

		this.mvc
			.perform(post(API).with(this.account)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json
					.writeValueAsString(SubcontractingFixtures.input(this.other.getId(), subcontractor.getId()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contractorId"))
			.andExpect(jsonPath("$.errors[0].message").value("自社の再委託だけを申請できます。"));
	}

	@Test
	void aContractorAccountSeesOnlyItsOwnCompanysRequests() throws Exception {
		Contractor subcontractor = SubcontractingFixtures.company(this.context, "共通再委託先株式会社");
		SubcontractingView mine = SubcontractingFixtures.approved(this.context, this.own.getId(),
				subcontractor.getId());
		SubcontractingView theirs = SubcontractingFixtures.approved(this.context, this.other.getId(),
				subcontractor.getId());

		this.mvc.perform(get(API + "/{id}", mine.id()).with(this.account)).andExpect(status().isOk());
		this.mvc.perform(get(API + "/{id}", theirs.id()).with(this.account)).andExpect(status().isNotFound());
		this.mvc.perform(get(API).with(this.account))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].contractorId", everyItem(is(this.own.getId().toString()))))
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

	@Test
	void aContractorAccountSeesItsOwnChainButNotAnotherCompanys() throws Exception {
		Contractor subcontractor = SubcontractingFixtures.company(this.context, "自社連鎖先株式会社");
		SubcontractingFixtures.approved(this.context, this.own.getId(), subcontractor.getId());

		this.mvc.perform(get("/api/v1/contractors/{id}/subcontracting-chain", this.own.getId()).with(this.account))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.links[0].subcontractorName").value("自社連鎖先株式会社"));
		this.mvc.perform(get("/api/v1/contractors/{id}/subcontracting-chain", this.other.getId()).with(this.account))
			.andExpect(status().isNotFound());
	}

	@Test
	void aContractorAccountSeesNoFindingsAndCannotActivate() throws Exception {
		Contractor subcontractor = SubcontractingFixtures.company(this.context, "自社開始先株式会社");
		SubcontractingView approved = SubcontractingFixtures.approved(this.context, this.own.getId(),
				subcontractor.getId());

		this.mvc.perform(get("/api/v1/subcontracting-findings").with(this.account)).andExpect(status().isForbidden());
		this.mvc
			.perform(post(API + "/{id}/activation", approved.id()).with(this.account)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + approved.version() + "}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aContractorRoleWithoutACompanySeesNothing() throws Exception {
		this.mvc.perform(get(API).with(user("sub-orphan").roles("CONTRACTOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

}
