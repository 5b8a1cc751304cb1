package jp.itaku.identity;

import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Describes a change of an account for the audit trail ({@code field: old → new}); a
 * password or its hash never appears.
 */
final class UserChanges {

	private final StringJoiner text = new StringJoiner("; ");

	static String roles(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toList().toString();
	}

	static String limit(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	UserChanges field(String name, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			this.text.add(name + ": " + show(before) + " → " + show(after));
		}
		return this;
	}

	UserChanges note(String note) {
		this.text.add(note);
		return this;
	}

	boolean isEmpty() {
		return this.text.length() == 0;
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

	private static String show(Object value) {
		if (value == null) {
			return "—";
		}
		if (value instanceof UUID id) {
			return id.toString();
		}
		return value.toString();
	}

}
