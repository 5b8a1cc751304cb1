package jp.itaku.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;

/**
 * The demo users of {@code demo/users.tsv}, one per role besides the administrator
 * (created at first start from {@code itaku.admin-password}), all with the demo password.
 */
final class DemoUsers {

	static final String USERS = "demo/users.tsv";

	private final UserAccounts accounts;

	DemoUsers(UserAccounts accounts) {
		this.accounts = accounts;
	}

	static List<DemoUser> read() {
		return DemoTable.read(USERS)
			.stream()
			.map((row) -> new DemoUser(row.required("username"), row.required("displayName"),
					row.enumSet("roles", Role.class), row.text("contractor")))
			.toList();
	}

	/** Whether any demo user exists already, that is, the demo data was loaded before. */
	boolean anyExists() {
		return read().stream().anyMatch((user) -> this.accounts.exists(user.username()));
	}

	void load(DemoContractorIds contractors) {
		for (DemoUser user : read()) {
			UUID contractorId = (user.contractorKey() != null) ? contractors.of(user.contractorKey()).value() : null;
			this.accounts.createLocal(user.username(), user.displayName(), DemoDataLoader.PASSWORD, user.roles(),
					contractorId);
		}
	}

	/**
	 * A demo user as written in the file.
	 *
	 * @param contractorKey for a contractor representative, the key of their company in
	 * {@code demo/contractors.tsv}
	 */
	record DemoUser(String username, String displayName, Set<Role> roles, String contractorKey) {

	}

}
