package jp.itaku.clause;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jp.itaku.clause.ClauseCheckLabels.LabelQuery;
import jp.itaku.shared.ApiController;
import jp.itaku.shared.PageView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reviewers' decisions on the automatic check's suggestions (issue 7) as labelled
 * data: JSON pages or TSV. Members, committee members, administrators and auditors read;
 * contractor accounts get 404.
 */
@ApiController("/api/v1")
@Tag(name = "clause-check-labels", description = "自動判定への確認結果（ラベル付きデータ） / reviewer decisions on suggestions")
class CheckLabelApi {

	private static final String TSV = "document, item, verdict (present|partial|absent|not_applicable), article, "
			+ "suggested_verdict, suggested_article, corrected, subject, reviewer, recorded_at; UTF-8, one header line";

	private final ClauseCheckLabels labels;

	private final ClauseAccess access;

	CheckLabelApi(ClauseCheckLabels labels, ClauseAccess access) {
		this.labels = labels;
		this.access = access;
	}

	@GetMapping("/clause-check-labels")
	@PreAuthorize(ClauseAccess.SIGNED_IN)
	@Operation(summary = "List the reviewers' decisions on the automatic check's suggestions",
			description = "the latest decision per check run and item; corrected=true keeps those that differ "
					+ "from the suggestion, corrected=false those that confirm it; order=desc (default) or asc by "
					+ "recordedAt; size at most 100; format=tsv answers the TSV export instead")
	PageView<CheckLabelView> list(@RequestParam(required = false) Boolean corrected,
			@RequestParam(defaultValue = "desc") String order, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		this.access.internalOnly();
		return PageView.of(this.labels.page(LabelQuery.of(corrected, order), page, size));
	}

	@GetMapping(path = "/clause-check-labels", params = "format=tsv")
	@PreAuthorize(ClauseAccess.SIGNED_IN)
	@Operation(summary = "Export the decisions as TSV (format=tsv)", description = TSV)
	void tsvByFormat(@RequestParam(required = false) Boolean corrected,
			@RequestParam(defaultValue = "desc") String order, HttpServletResponse response) throws IOException {
		tsv(corrected, order, response);
	}

	@GetMapping("/clause-check-labels.tsv")
	@PreAuthorize(ClauseAccess.SIGNED_IN)
	@Operation(summary = "Export the decisions as TSV", description = TSV)
	void tsv(@RequestParam(required = false) Boolean corrected, @RequestParam(defaultValue = "desc") String order,
			HttpServletResponse response) throws IOException {
		this.access.internalOnly();
		this.labels.download(LabelQuery.of(corrected, order), response);
	}

}
