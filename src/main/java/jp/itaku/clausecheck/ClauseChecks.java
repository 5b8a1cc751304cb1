package jp.itaku.clausecheck;

import java.util.ArrayList;
import java.util.List;

import jp.itaku.clausecheck.ClauseCheckResult.Passage;
import jp.itaku.clausecheck.ClauseCheckResult.StructuredArticle;
import jp.itaku.clausecheck.ContractDocument.Article;
import jp.itaku.clausecheck.ContractDocument.Item;
import jp.itaku.clausecheck.ContractDocument.Paragraph;
import jp.itaku.clausecheck.RuleBook.ItemRules;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Checks a contract against the 37 contract-clause requirements of 規程 4.2 (N01–N10,
 * D01–D11, S01–S13, Q01, Q02, R01): reads it, normalises and parses it, and judges each
 * requirement by the rule files. Stores nothing; safe to call from many threads.
 */
@Service
public class ClauseChecks {

	/** The contract-clause requirement ids in the order of requirements.tsv. */
	public static final List<String> REQUIREMENT_IDS = List.of("N01", "N02", "N03", "N04", "N05", "N06", "N07", "N08",
			"N09", "N10", "D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09", "D10", "D11", "S01", "S02",
			"S03", "S04", "S05", "S06", "S07", "S08", "S09", "S10", "S11", "S12", "S13", "Q01", "Q02", "R01");

	private final DocumentReader reader;

	private final long maxBytes;

	private final RuleBook rules;

	private final Moods moods;

	@Autowired
	public ClauseChecks(ClauseCheckSettings settings) {
		this(settings, RuleBookReader.load(REQUIREMENT_IDS));
	}

	ClauseChecks(ClauseCheckSettings settings, RuleBook rules) {
		this.reader = new DocumentReader(settings);
		this.maxBytes = settings.maxBytes().toBytes();
		this.rules = rules;
		this.moods = new Moods(rules.moods());
	}

	/** The largest file accepted, in bytes ({@code itaku.clause-check.max-bytes}). */
	public long maxBytes() {
		return this.maxBytes;
	}

	/**
	 * Checks an uploaded file (PDF, DOCX or text; the type told by its content).
	 * @throws DocumentRefused when it cannot be read (400, 413 or 415)
	 */
	public ClauseCheckResult check(byte[] content) {
		long start = System.nanoTime();
		return check(this.reader.read(content), start);
	}

	/** Checks pasted text. */
	public ClauseCheckResult check(String text) {
		long start = System.nanoTime();
		return check(this.reader.limited(text), start);
	}

	private ClauseCheckResult check(String text, long start) {
		ContractDocument document = StructureParser.parse(ContractTextNormalizer.normalize(text));
		AnalysedContract contract = new AnalysedContract(document, this.moods, this.rules.spelling());
		List<RequirementFinding> findings = new ArrayList<>(this.rules.items().size());
		for (ItemRules item : this.rules.items()) {
			findings.add(ClauseJudge.judge(item, contract));
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		return new ClauseCheckResult(List.copyOf(findings), document.articleCount(), millis, structure(document));
	}

	private static List<StructuredArticle> structure(ContractDocument document) {
		List<StructuredArticle> articles = new ArrayList<>();
		for (Article article : document.articles()) {
			List<Passage> passages = new ArrayList<>();
			for (Paragraph paragraph : article.paragraphs()) {
				passages.add(new Passage(paragraph.label(), paragraph.lead(), false));
				for (Item item : paragraph.items()) {
					passages.add(new Passage(item.label(), item.text(), true));
				}
			}
			articles.add(new StructuredArticle(article.label(), article.heading(), List.copyOf(passages)));
		}
		return List.copyOf(articles);
	}

}
