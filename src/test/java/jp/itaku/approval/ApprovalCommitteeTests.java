package jp.itaku.approval;

import java.util.Set;
import java.util.UUID;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The committee's size, read from the identity module when a request is made, sets how
 * many members decide it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApprovalCommitteeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Approvals approvals;

	@Autowired
	UserAccounts accounts;

	@Test
	void anEnabledCommitteeAccountCountsTowardsTheCommittee() {
		long before = this.accounts.countEnabledWith(Role.COMMITTEE);
		this.accounts.createLocal("committee-" + UUID.randomUUID().toString().substring(0, 8), "委員",
				"a-long-enough-password", Set.of(Role.COMMITTEE), null);
		assertThat(this.accounts.countEnabledWith(Role.COMMITTEE)).isEqualTo(before + 1);
	}

	@Test
	void aRequestByAMemberIsDecidedByTheWholeCommitteeUnderTheDefaultMajorityRule() throws Exception {
		this.accounts.createLocal("committee-" + UUID.randomUUID().toString().substring(0, 8), "委員",
				"a-long-enough-password", Set.of(Role.COMMITTEE), null);
		long committee = this.accounts.countEnabledWith(Role.COMMITTEE);
		UUID id = ApprovalFixtures.requestAs(this.approvals, "requester-v", Role.MEMBER);
		this.mvc.perform(get("/api/v1/approvals/{id}", id).with(user("committee-v").roles("COMMITTEE")))
			.andExpect(jsonPath("$.voters").value((int) committee))
			.andExpect(jsonPath("$.rule").value("MAJORITY"));
	}

	@Test
	void aCommitteeMembersOwnRequestIsDecidedByTheOtherMembers() throws Exception {
		// two members at least, so that others remain to decide
		for (int i = 0; i < 2; i++) {
			this.accounts.createLocal("committee-" + UUID.randomUUID().toString().substring(0, 8), "委員",
					"a-long-enough-password", Set.of(Role.COMMITTEE), null);
		}
		long committee = this.accounts.countEnabledWith(Role.COMMITTEE);
		UUID id = ApprovalFixtures.requestAs(this.approvals, "committee-w", Role.COMMITTEE);
		this.mvc.perform(get("/api/v1/approvals/{id}", id).with(user("committee-v").roles("COMMITTEE")))
			.andExpect(jsonPath("$.voters").value((int) committee - 1));
	}

}
