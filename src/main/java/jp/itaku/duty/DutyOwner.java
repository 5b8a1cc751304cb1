package jp.itaku.duty;

/**
 * Who must do a duty: one user, or the committee (委託先管理委員会) as a whole, when any of its
 * members may complete it.
 *
 * @param username the owner's login name, or {@code null} for the committee
 */
public record DutyOwner(String username) {

	private static final DutyOwner COMMITTEE = new DutyOwner(null);

	public DutyOwner {
		if (username != null) {
			username = DutyChecks.code("owner", username, 100);
		}
	}

	/** A duty of one user. */
	public static DutyOwner user(String username) {
		return new DutyOwner(DutyChecks.code("owner", username, 100));
	}

	/** A duty of the committee as a whole. */
	public static DutyOwner committee() {
		return COMMITTEE;
	}

	public boolean isCommittee() {
		return this.username == null;
	}

	@Override
	public String toString() {
		return isCommittee() ? "(committee)" : this.username;
	}

}
