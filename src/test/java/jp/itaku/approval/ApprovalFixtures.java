package jp.itaku.approval;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;

import jp.itaku.identity.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Puts requests before the committee as a named user, as a requesting module would.
 */
final class ApprovalFixtures {

	static final String SNAPSHOT = "{\"clause\":\"S01\",\"text\":\"改訂案\"}";

	private ApprovalFixtures() {
	}

	static UUID requestAs(Approvals approvals, String username, Role... roles) {
		return requestAs(approvals, "regulation-revision", username, roles);
	}

	static UUID requestAs(Approvals approvals, String subjectType, String username, Role... roles) {
		return as(username, roles,
				() -> approvals.request(subjectType, "S01-" + UUID.randomUUID(), "規程改訂 S01", "外部委託先管理規程の改訂", SNAPSHOT));
	}

	/** A request of {@code requester} that committee member {@code member} sent back. */
	static UUID sentBack(Approvals approvals, String requester, String member, String reason) {
		return sentBack(approvals, "regulation-revision", requester, member, reason);
	}

	static UUID sentBack(Approvals approvals, String subjectType, String requester, String member, String reason) {
		UUID id = requestAs(approvals, subjectType, requester, Role.MEMBER);
		as(member, new Role[] { Role.COMMITTEE }, () -> approvals.decide(id, Verdict.SEND_BACK, reason));
		return id;
	}

	static <T> T as(String username, Role[] roles, Supplier<T> action) {
		var authorities = Arrays.stream(roles).map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
