package jp.itaku.clausecheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The SHA-256 over the check's rule files ({@code clausecheck/*.rules}, by name),
 * computed once at start: each stored run keeps it, so that a run made before the rules
 * improved can be told from one made after.
 */
@Component
class RulesDigest {

	private final String value;

	RulesDigest() {
		this.value = compute("classpath*:clausecheck/*.rules");
	}

	String value() {
		return this.value;
	}

	static String compute(String pattern) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
			// by name, so that the digest does not depend on the class path's order
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			for (Resource file : files) {
				sha.update(file.getFilename().getBytes(StandardCharsets.UTF_8));
				try (InputStream in = file.getInputStream()) {
					sha.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
