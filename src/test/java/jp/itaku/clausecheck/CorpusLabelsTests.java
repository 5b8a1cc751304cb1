package jp.itaku.clausecheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the labelled corpus of issue 7 measurable: every text has a label file in the
 * format of {@code corpus/README.md}, one row per contract-clause requirement in the
 * order of requirements.tsv, with a location for each present or partial verdict and none
 * for an absent one. A malformed label file would silently skew the benchmark's figures.
 */
class CorpusLabelsTests {

	private static final Path CORPUS = Path.of("src/test/resources/clausecheck/corpus");

	private static final Set<String> VERDICTS = Set.of("present", "partial", "absent");

	/** 第n条[の m][第m項][第k号], 別紙N…, 別記…, 前文; several separated by ';'. */
	private static final Pattern LOCATION = Pattern.compile("(前文|((別紙|別記)\\d*)?(第\\d+条(の\\d+)?)?(第\\d+項)?(第\\d+号)?)");

	static Stream<Path> texts() throws IOException {
		List<Path> texts = new ArrayList<>();
		for (String split : List.of("dev", "holdout")) {
			try (Stream<Path> files = Files.list(CORPUS.resolve(split))) {
				files.filter((file) -> file.toString().endsWith(".txt")).sorted().forEach(texts::add);
			}
		}
		return texts.stream();
	}

	@ParameterizedTest
	@MethodSource("texts")
	void everyTextHasThirtySevenLabelsInRequirementsOrder(Path text) throws IOException {
		List<String[]> rows = rows(text);

		assertThat(rows.stream().map((row) -> row[0]).toList()).isEqualTo(ClauseChecks.REQUIREMENT_IDS);
		assertThat(rows).allSatisfy((row) -> assertThat(row[1]).isIn(VERDICTS));
	}

	@ParameterizedTest
	@MethodSource("texts")
	void aPositiveLabelNamesWhereAndAnAbsentOneNamesNothing(Path text) throws IOException {
		for (String[] row : rows(text)) {
			String article = (row.length > 2) ? row[2].strip() : "";
			if ("absent".equals(row[1])) {
				assertThat(article).as(row[0]).isEmpty();
			}
			else {
				assertThat(article.split(";")).as(row[0])
					.allSatisfy((location) -> assertThat(location.strip()).isNotEmpty().matches(LOCATION));
			}
		}
	}

	private static List<String[]> rows(Path text) throws IOException {
		String name = text.getFileName().toString().replaceFirst("\\.txt$", ".labels.tsv");
		Path labels = text.resolveSibling(name);
		assertThat(labels).as("label file of " + text.getFileName()).exists();
		List<String> lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("item\tverdict\tarticle");
		return lines.subList(1, lines.size())
			.stream()
			.filter((line) -> !line.isBlank())
			.map((line) -> line.split("\t", -1))
			.toList();
	}

}
