package jp.itaku.clause;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jp.itaku.clause.ClauseCheckLabels.LabelQuery;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reviewers' decisions on the automatic check's suggestions (issue 7) as a list,
 * {@code /clauses/check-labels}, paged on the server, newest first, optionally only the
 * corrected ones, and as a TSV download of labelled data. Contractor accounts get 404.
 */
@Controller
@PreAuthorize(ClauseAccess.SIGNED_IN)
class CheckLabelController {

	static final int PAGE_SIZE = 50;

	private final ClauseCheckLabels labels;

	private final ClauseAccess access;

	CheckLabelController(ClauseCheckLabels labels, ClauseAccess access) {
		this.labels = labels;
		this.access = access;
	}

	@GetMapping("/clauses/check-labels")
	String list(@RequestParam(defaultValue = "false") boolean correctedOnly,
			@RequestParam(defaultValue = "desc") String order, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PAGE_SIZE) int size, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restore) {
		this.access.internalOnly();
		LabelQuery query = LabelQuery.of(correctedOnly ? Boolean.TRUE : null, order);
		model.addAttribute("correctedOnly", correctedOnly);
		model.addAttribute("order", query.order());
		Page<CheckLabelView> labels = this.labels.page(query, page, size);
		model.addAttribute("labels", labels);
		model.addAttribute("size", labels.getSize());
		return (htmx != null && restore == null) ? "clause/check-labels :: results" : "clause/check-labels";
	}

	@GetMapping("/clauses/check-labels.tsv")
	void export(@RequestParam(defaultValue = "false") boolean correctedOnly,
			@RequestParam(defaultValue = "desc") String order, HttpServletResponse response) throws IOException {
		this.access.internalOnly();
		this.labels.download(LabelQuery.of(correctedOnly ? Boolean.TRUE : null, order), response);
	}

}
