package jp.itaku.approval;

import java.util.Arrays;
import java.util.UUID;

import jp.itaku.identity.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Puts requests before the committee as a named user, as a requesting module would.
 */
final class ApprovalFixtures {

	private ApprovalFixtures() {
	}

	static UUID requestAs(Approvals approvals, String username, Role... roles) {
		var authorities = Arrays.stream(roles).map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
		try {
			return approvals.request("test-subject", "S01-" + UUID.randomUUID(), "規程改訂 S01", "外部委託先管理規程の改訂",
					"{\"clause\":\"S01\",\"text\":\"改訂案\"}");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
