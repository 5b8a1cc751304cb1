package jp.itaku.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.itaku.shared.InvalidInputException.FieldProblem;

/**
 * What a local password must be: at least 12 characters, not the user name, and short
 * enough for bcrypt (72 bytes). Also makes one-time passwords that satisfy it.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordPolicy() {
	}

	/** The problems of {@code password} for the account {@code username}, if any. */
	static List<FieldProblem> check(String field, String username, String password) {
		List<FieldProblem> problems = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add(new FieldProblem(field, "identity.password.tooShort", new Object[] { MIN_LENGTH }));
			return problems;
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			problems.add(new FieldProblem(field, "identity.password.tooLong", new Object[] { MAX_BYTES }));
		}
		if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
			problems.add(new FieldProblem(field, "identity.password.sameAsUsername"));
		}
		return problems;
	}

	/** A random password of 16 unambiguous letters and digits, to be shown once. */
	static String oneTimePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
