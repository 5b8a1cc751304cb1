package jp.itaku.approval;

import java.util.UUID;

import jp.itaku.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two members deciding at the same moment never overwrite each other.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApprovalConcurrencyTests {

	@Autowired
	Approvals approvals;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static void signIn(String username) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
					java.util.List.of(new SimpleGrantedAuthority(Role.COMMITTEE.authority()))));
	}

	@Test
	void aDecisionOnAStaleReadIsAConflictAndTheOtherDecisionStands() {
		UUID id = ApprovalFixtures.requestAs(this.approvals, "requester-c", Role.MEMBER);
		TransactionTemplate outer = new TransactionTemplate(this.transactions);
		TransactionTemplate other = new TransactionTemplate(this.transactions);
		other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		assertThatThrownBy(() -> outer.executeWithoutResult((status) -> {
			signIn("committee-c1");
			// committee-c1 has the request open ...
			this.approvals.get(id);
			// ... while committee-c2 decides and commits
			other.executeWithoutResult((inner) -> {
				signIn("committee-c2");
				this.approvals.decide(id, Verdict.APPROVE, null);
			});
			signIn("committee-c1");
			this.approvals.decide(id, Verdict.REJECT, "理由");
		})).isInstanceOf(ApprovalClosed.class).hasFieldOrPropertyWithValue("messageKey", "approval.error.concurrent");
		signIn("committee-c1");
		assertThat(this.approvals.get(id).rounds().get(0).decisions()).extracting(ApprovalView.DecisionView::member)
			.containsExactly("committee-c2");
	}

}
