package jp.itaku.clause;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;
import jp.itaku.shared.FileDownloads;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' decisions on the automatic check's suggestions as labelled data (issue
 * 7): the latest decision per run and item, paged for the list and the API, or all of
 * them as TSV for measuring and improving the check.
 */
@Component
class ClauseCheckLabels {

	static final int MAX_SIZE = 100;

	/** The most rows one export writes. */
	static final int MAX_EXPORT = 100_000;

	private static final int CHUNK = 500;

	private final ClauseCheckLabelRepository labels;

	private final Clock clock;

	ClauseCheckLabels(ClauseCheckLabelRepository labels, Clock clock) {
		this.labels = labels;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<CheckLabelView> page(LabelQuery query, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE), query.sort());
		Page<ClauseCheckLabel> found = (query.corrected() == null) ? this.labels.findByLatestTrue(request)
				: this.labels.findByLatestTrueAndCorrected(query.corrected(), request);
		return found.map(ClauseCheckLabel::view);
	}

	/**
	 * Sends what the query selects as a TSV download (UTF-8), at most
	 * {@value #MAX_EXPORT} rows.
	 */
	@Transactional(readOnly = true)
	void download(LabelQuery query, HttpServletResponse response) throws IOException {
		response.setContentType("text/tab-separated-values;charset=UTF-8");
		response.setHeader("Content-Disposition", FileDownloads.contentDisposition(
				"clause-check-labels-" + LocalDate.now(this.clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".tsv"));
		response.setHeader("X-Content-Type-Options", "nosniff");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write(CheckLabelTsv.HEADER);
		out.write('\n');
		Page<CheckLabelView> chunk;
		int page = 0;
		do {
			chunk = page(query, page++, CHUNK);
			for (CheckLabelView label : chunk) {
				out.write(CheckLabelTsv.line(label, this.clock.getZone()));
				out.write('\n');
			}
		}
		while (chunk.hasNext() && page * CHUNK < MAX_EXPORT);
		out.flush();
	}

	/**
	 * The list's filter and order.
	 *
	 * @param corrected only corrected ({@code true}) or only confirmed ({@code false})
	 * decisions; {@code null} for all
	 * @param oldestFirst by the time recorded, oldest first rather than newest first
	 */
	record LabelQuery(Boolean corrected, boolean oldestFirst) {

		static LabelQuery of(Boolean corrected, String order) {
			return new LabelQuery(corrected, "asc".equalsIgnoreCase(order));
		}

		Sort sort() {
			Sort.Direction direction = this.oldestFirst ? Sort.Direction.ASC : Sort.Direction.DESC;
			return Sort.by(direction, "recordedAt", "id");
		}

		/** The order as the list's links carry it. */
		String order() {
			return this.oldestFirst ? "asc" : "desc";
		}

	}

}
