package jp.itaku.browser;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jp.itaku.approval.ApprovalView;
import jp.itaku.approval.Approvals;
import jp.itaku.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committee decision (稟議, 規程 6 and 9) on the request page in a real browser: sent back
 * with a reason, resubmitted by the requester, approved by the committee; and nobody is
 * offered a decision on their own request.
 */
class ApprovalBrowserTests extends BrowserTestSupport {

	private static final String MEMBER_A = "browser-committee-a";

	private static final String MEMBER_B = "browser-committee-b";

	private static final String PASSWORD = "browser-committee-password";

	private static final String REASON = "S03 の選定基準への適合根拠を追記してください";

	private static final String REVISED = "第9条 改訂案（S03 の根拠を追記）";

	@Autowired
	Approvals approvals;

	@BeforeEach
	void createCommittee() {
		for (String member : List.of(MEMBER_A, MEMBER_B)) {
			if (!this.accounts.exists(member)) {
				this.accounts.createLocal(member, "委員 " + member.substring(member.length() - 1).toUpperCase(), PASSWORD,
						Set.of(Role.MEMBER, Role.COMMITTEE), null);
			}
		}
	}

	@Test
	void aSentBackRequestIsResubmittedAndApprovedByTwoCommitteeMembers() throws Exception {
		UUID id = as(MEMBER, Role.MEMBER, () -> this.approvals.request("regulation-revision",
				"rev-" + UUID.randomUUID(), "規程第9条の改訂", "年次見直しによる改訂", "第9条 改訂案"));
		ApprovalView requested = as(MEMBER, Role.MEMBER, () -> this.approvals.get(id));
		// A and B are the browser tests' committee: under the majority rule both must
		// approve
		assertThat(requested.approvalsNeeded()).as("approvals needed of %d voters", requested.voters()).isEqualTo(2);
		openBrowser(JAPANESE);

		signIn(MEMBER_A, PASSWORD);
		decide(id, "SEND_BACK", REASON);
		assertThat(textOf(By.id("approval-status"))).isEqualTo("差戻し");

		switchTo(MEMBER, MEMBER_PASSWORD);
		open("/approvals/" + id);
		assertThat(textOf(By.id("sent-back"))).contains(REASON).contains("委員 A");
		assertThat(this.browser.findElements(By.id("decision-form"))).isEmpty();
		type("snapshot", REVISED);
		this.browser.findElement(By.id("resubmit-submit")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approval-notice")));
		assertThat(textOf(By.id("approval-status"))).isEqualTo("審議中");
		assertThat(textOf(By.cssSelector("#round-2 .approval-snapshot"))).isEqualTo(REVISED);

		switchTo(MEMBER_A, PASSWORD);
		decide(id, "APPROVE", "");
		assertThat(textOf(By.id("approval-status"))).isEqualTo("審議中");
		assertThat(textOf(By.id("approval-progress"))).contains("あと 1 件");

		switchTo(MEMBER_B, PASSWORD);
		decide(id, "APPROVE", "根拠の追記を確認しました");
		assertThat(textOf(By.id("approval-status"))).isEqualTo("承認");
		assertThat(texts("#round-2 .decision-member")).containsExactly("委員 A", "委員 B");
		assertThat(texts("#round-2 .decision-verdict")).containsExactly("承認", "承認");
		assertThat(textOf(By.id("round-1"))).contains(REASON);
	}

	@Test
	void aCommitteeMemberIsOfferedNoDecisionOnTheirOwnRequest() throws Exception {
		UUID id = as(MEMBER_A, Role.COMMITTEE, () -> this.approvals.request("regulation-revision",
				"rev-" + UUID.randomUUID(), "委員自身の起案", "自分では判断しない", "第6条 改訂案"));
		openBrowser(JAPANESE);
		signIn(MEMBER_A, PASSWORD);
		open("/approvals/" + id);

		assertThat(textOf(By.id("withdraw-form"))).isNotBlank();
		assertThat(this.browser.findElements(By.id("decision-form"))).isEmpty();
	}

	/**
	 * Opens the request, records a decision through its form and waits for the notice.
	 */
	private void decide(UUID id, String verdict, String comment) {
		open("/approvals/" + id);
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("decision-" + verdict))).click();
		type("comment", comment);
		this.browser.findElement(By.id("decision-submit")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approval-notice")));
	}

	/** Signs out and in again as another user. */
	private void switchTo(String username, String password) {
		this.browser.findElement(By.id("logout")).click();
		this.wait.until(ExpectedConditions.urlContains("/login"));
		signIn(username, password);
	}

	private List<String> texts(String css) {
		return this.browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	/** Acts as a requesting module would, on behalf of the signed-in user. */
	private static <T> T as(String username, Role role, Supplier<T> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
					List.of(new SimpleGrantedAuthority(role.authority()))));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
