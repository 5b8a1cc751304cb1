package jp.itaku;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English is complete, not partial: every key of every area's Japanese bundle
 * ({@code messages/<area>.properties}) exists in its English bundle, and the other way
 * round, so that a missing translation in any area fails the build.
 */
class MessageBundlesTests {

	static Stream<String> areas() throws IOException {
		Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
		return Stream.of(bundles)
			.map(Resource::getFilename)
			.filter((name) -> name != null && !name.contains("_"))
			.map((name) -> name.substring(0, name.length() - ".properties".length()))
			.distinct()
			.sorted();
	}

	@Test
	void findsTheBundles() throws IOException {
		assertThat(areas()).contains("common", "identity");
	}

	@ParameterizedTest
	@MethodSource("areas")
	void englishHasEveryJapaneseKey(String area) throws IOException {
		Set<String> japanese = keys("messages/" + area + ".properties");
		Set<String> english = keys("messages/" + area + "_en.properties");
		assertThat(english).as("keys missing from messages/%s_en.properties", area).containsAll(japanese);
	}

	@ParameterizedTest
	@MethodSource("areas")
	void japaneseHasEveryEnglishKey(String area) throws IOException {
		Set<String> japanese = keys("messages/" + area + ".properties");
		Set<String> english = keys("messages/" + area + "_en.properties");
		assertThat(japanese).as("keys missing from messages/%s.properties", area).containsAll(english);
	}

	@ParameterizedTest
	@MethodSource("areas")
	void noTranslationIsEmpty(String area) throws IOException {
		for (String file : new String[] { area + ".properties", area + "_en.properties" }) {
			Properties properties = load("messages/" + file);
			assertThat(properties.stringPropertyNames()).as("empty values in %s", file)
				.allSatisfy((key) -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
		}
	}

	private static Set<String> keys(String path) throws IOException {
		return new TreeSet<>(load(path).stringPropertyNames());
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(path);
		assertThat(in).as("%s exists", path).isNotNull();
		try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
