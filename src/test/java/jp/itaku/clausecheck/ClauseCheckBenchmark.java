package jp.itaku.clausecheck;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures the clause check on the labelled corpus (not a test; see
 * {@code bench/README.md}): per-item precision and recall, micro-F1, documents and pages
 * per second, separately for {@code corpus/dev} and {@code corpus/holdout}, and the time
 * to check a synthetic 30-page contract on one thread.
 * <p>
 * Definitions. Each (document, item) pair has a gold verdict from the document's
 * {@code .labels.tsv} and a predicted one. A verdict of {@code present} or
 * {@code partial} is a <em>positive</em>. A pair is a <b>true positive</b> when the
 * prediction is positive and equals the gold verdict exactly; a <b>false positive</b>
 * when the prediction is positive and differs from the gold verdict (gold absent, or the
 * other positive); a <b>false negative</b> when the gold verdict is positive and the
 * prediction differs from it (so a present/partial mix-up counts as both a false positive
 * and a false negative). Precision = TP / (TP + FP), recall = TP / (TP + FN), F1 their
 * harmonic mean. <b>Micro-F1</b> pools the counts of all (document, item) pairs of a set
 * before computing F1. A <b>page</b> is 1,200 characters of the contract's text. Only the
 * aggregate figures of the holdout set are printed: the rules are tuned on dev alone.
 * <p>
 * Arguments: {@code details} also lists every wrong verdict on dev documents (never on
 * holdout).
 */
public final class ClauseCheckBenchmark {

	static final int PAGE = 1_200;

	private static final int SPEED_ROUNDS = 20;

	private ClauseCheckBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		boolean details = Arrays.asList(args).contains("details");
		ClauseChecks checks = new ClauseChecks(ClauseCheckSettings.defaults());
		checks.check("第1条（目的）本契約は、委託の条件を定める。");
		Scores corpus = new Scores();
		int corpusDocuments = 0;
		for (String set : List.of("dev", "holdout")) {
			List<Document> documents = load(set);
			if (documents.isEmpty()) {
				System.out.printf("%s: no documents%n", set);
				continue;
			}
			Scores scores = score(checks, documents, details && set.equals("dev"));
			scores.print(set, documents.size());
			speed(checks, documents);
			corpus.addAll(scores);
			corpusDocuments += documents.size();
		}
		// the whole corpus pooled: the figure the must-show asks for
		corpus.printMicro("corpus (dev + holdout, " + corpusDocuments + " documents)");
		thirtyPages(checks);
	}

	/** A corpus document with its gold verdicts. */
	record Document(String name, String text, Map<String, String> gold) {

	}

	/** Counts per item. */
	static final class Scores {

		final Map<String, int[]> perItem = new LinkedHashMap<>();

		int correct;

		int pairs;

		Scores() {
			ClauseChecks.REQUIREMENT_IDS.forEach((id) -> this.perItem.put(id, new int[3]));
		}

		void add(String id, String gold, String predicted) {
			int[] counts = this.perItem.get(id);
			boolean goldPositive = !gold.equals("absent");
			boolean predictedPositive = !predicted.equals("absent");
			this.pairs++;
			if (gold.equals(predicted)) {
				this.correct++;
				if (goldPositive) {
					counts[0]++;
				}
				return;
			}
			if (predictedPositive) {
				counts[1]++;
			}
			if (goldPositive) {
				counts[2]++;
			}
		}

		void addAll(Scores other) {
			other.perItem.forEach((id, counts) -> {
				int[] mine = this.perItem.get(id);
				for (int i = 0; i < mine.length; i++) {
					mine[i] += counts[i];
				}
			});
			this.correct += other.correct;
			this.pairs += other.pairs;
		}

		void print(String set, int documents) {
			System.out.printf("%n== %s: %d documents, %d (document, item) pairs ==%n", set, documents, this.pairs);
			System.out.println("item  TP  FP  FN  precision  recall");
			for (Map.Entry<String, int[]> entry : this.perItem.entrySet()) {
				int[] c = entry.getValue();
				System.out.printf("%-4s %3d %3d %3d  %9s  %6s%n", entry.getKey(), c[0], c[1], c[2],
						ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]));
			}
			printMicro(set);
		}

		void printMicro(String set) {
			int tp = 0;
			int fp = 0;
			int fn = 0;
			for (int[] c : this.perItem.values()) {
				tp += c[0];
				fp += c[1];
				fn += c[2];
			}
			double precision = (tp + fp == 0) ? 1 : tp / (double) (tp + fp);
			double recall = (tp + fn == 0) ? 1 : tp / (double) (tp + fn);
			double f1 = (precision + recall == 0) ? 0 : 2 * precision * recall / (precision + recall);
			System.out.printf(Locale.ROOT,
					"%s micro: TP %d FP %d FN %d precision %.3f recall %.3f micro-F1 %.3f"
							+ " (exact verdict on %.1f%% of pairs)%n",
					set, tp, fp, fn, precision, recall, f1, 100.0 * this.correct / this.pairs);
		}

		private static String ratio(int a, int b) {
			return (b == 0) ? "-" : String.format(Locale.ROOT, "%.2f", a / (double) b);
		}

	}

	static Scores score(ClauseChecks checks, List<Document> documents, boolean details) {
		Scores scores = new Scores();
		for (Document document : documents) {
			ClauseCheckResult result = checks.check(document.text());
			for (RequirementFinding finding : result.requirements()) {
				String predicted = finding.verdict().name().toLowerCase(Locale.ROOT);
				String gold = document.gold().getOrDefault(finding.id(), "absent");
				scores.add(finding.id(), gold, predicted);
				if (details && !gold.equals(predicted)) {
					String where = finding.evidence().isEmpty() ? ""
							: finding.evidence().get(0).article() + " " + finding.evidence().get(0).rule();
					System.out.printf("  %-28s %s gold %-7s got %-7s %s%n", document.name(), finding.id(), gold,
							predicted, where);
				}
			}
		}
		return scores;
	}

	private static void speed(ClauseChecks checks, List<Document> documents) {
		long characters = documents.stream().mapToLong((document) -> document.text().length()).sum();
		long start = System.nanoTime();
		for (int round = 0; round < SPEED_ROUNDS; round++) {
			documents.forEach((document) -> checks.check(document.text()));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "speed: %.1f documents/s, %.1f pages/s (page = %d characters, one thread)%n",
				SPEED_ROUNDS * documents.size() / seconds, SPEED_ROUNDS * characters / (double) PAGE / seconds, PAGE);
	}

	private static void thirtyPages(ClauseChecks checks) {
		String contract = SyntheticContract.ofPages(30);
		long[] times = new long[15];
		for (int i = 0; i < 3; i++) {
			checks.check(contract);
		}
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			checks.check(contract);
			times[i] = System.nanoTime() - start;
		}
		Arrays.sort(times);
		System.out.printf(Locale.ROOT, "%n30-page synthetic contract (%,d characters): median %.0f ms, max %.0f ms%n",
				contract.length(), times[times.length / 2] / 1e6, times[times.length - 1] / 1e6);
	}

	static List<Document> load(String set) throws IOException, URISyntaxException {
		URL url = ClauseCheckBenchmark.class.getClassLoader().getResource("clausecheck/corpus/" + set);
		if (url == null) {
			return List.of();
		}
		Path folder = Path.of(url.toURI());
		List<Document> documents = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path text : files.filter((p) -> p.toString().endsWith(".txt")).sorted().toList()) {
				String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
				Path labels = folder.resolve(name + ".labels.tsv");
				if (Files.exists(labels)) {
					documents.add(new Document(name, Files.readString(text, StandardCharsets.UTF_8), gold(labels)));
				}
			}
		}
		return documents;
	}

	private static Map<String, String> gold(Path labels) throws IOException {
		Map<String, String> gold = new LinkedHashMap<>();
		List<String> lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			String[] columns = line.split("\t", -1);
			if (columns.length >= 2) {
				gold.put(columns[0].strip(), columns[1].strip());
			}
		}
		return gold;
	}

}
