package jp.itaku.notification;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One thing to tell people. subjectKey and bodyKey are message keys (in any module's
 * bundle, all bundles are in one MessageSource) rendered in each recipient's language
 * with args; link is an application path such as "/regulation/versions/2" (made absolute
 * in e-mails with itaku.base-url).
 *
 * @param kind what sort of notice this is, e.g. {@code regulation-version}: lower-case
 * letters, digits, {@code .}, {@code _} and {@code -}, at most 50 characters
 * @param subjectKey the message key of the subject (one line)
 * @param bodyKey the message key of the body
 * @param args the arguments of both messages ({@code {0}}, {@code {1}}, …): at most 10,
 * each at most 1000 characters; user data is welcome, it is escaped on screen
 * @param link the application path the notice is about, starting with a single {@code /},
 * or {@code null}
 */
public record Notice(String kind, String subjectKey, String bodyKey, List<String> args, String link) {

	/** The longest kind. */
	public static final int MAX_KIND = 50;

	/** The longest message key. */
	public static final int MAX_KEY = 200;

	/** The most arguments. */
	public static final int MAX_ARGS = 10;

	/** The longest argument. */
	public static final int MAX_ARG = 1000;

	/** The longest link. */
	public static final int MAX_LINK = 500;

	private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9._-]*");

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	// a path of this application only ("//host" and "/\host" would lead a browser
	// elsewhere), in URL characters: anything else comes percent-encoded
	private static final Pattern LINK = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~/?#\\[\\]@!$&'()*+,;=%:-]*");

	public Notice {
		require(kind != null && kind.length() <= MAX_KIND && KIND.matcher(kind).matches(),
				"kind must be 1 to 50 of a-z, 0-9, '.', '_', '-'");
		require(isKey(subjectKey), "subjectKey must be a message key of at most 200 characters");
		require(isKey(bodyKey), "bodyKey must be a message key of at most 200 characters");
		args = (args != null) ? args : List.of();
		require(args.size() <= MAX_ARGS, "at most 10 args");
		for (String arg : args) {
			require(arg != null, "args must not contain null");
			require(arg.length() <= MAX_ARG, "each arg at most 1000 characters");
		}
		args = List.copyOf(args);
		require(link == null || (link.length() <= MAX_LINK && LINK.matcher(link).matches()),
				"link must be an application path such as /regulation/versions/2, at most 500 characters");
	}

	/** A notice without arguments. */
	public Notice(String kind, String subjectKey, String bodyKey, String link) {
		this(kind, subjectKey, bodyKey, List.of(), link);
	}

	private static boolean isKey(String key) {
		return key != null && key.length() <= MAX_KEY && KEY.matcher(key).matches();
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
