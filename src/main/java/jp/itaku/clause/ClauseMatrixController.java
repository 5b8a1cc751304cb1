package jp.itaku.clause;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jp.itaku.contract.ContractKind;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The matrix view {@code /clauses/matrix}: every active contract × the 33 required items
 * (規程 4.2), paged on the server, filtered by kind, contractor and gaps, with an Excel
 * export of what the filters select.
 */
@Controller
@PreAuthorize(ClauseAccess.SIGNED_IN)
class ClauseMatrixController {

	static final int PAGE_SIZE = 25;

	private final ClauseMatrix matrix;

	private final MatrixWorkbook workbook;

	private final Contractors contractors;

	private final ClauseAccess access;

	ClauseMatrixController(ClauseMatrix matrix, MatrixWorkbook workbook, Contractors contractors, ClauseAccess access) {
		this.matrix = matrix;
		this.workbook = workbook;
		this.contractors = contractors;
		this.access = access;
	}

	@GetMapping("/clauses/matrix")
	String matrix(@RequestParam(required = false) ContractKind kind, @RequestParam(required = false) UUID contractor,
			@RequestParam(defaultValue = "false") boolean gapsOnly, @RequestParam(defaultValue = "0") int page,
			Model model, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restore) {
		this.access.internalOnly();
		ClauseMatrix.MatrixQuery query = new ClauseMatrix.MatrixQuery(kind, contractor, gapsOnly);
		Page<MatrixRow> rows = this.matrix.page(query, page, PAGE_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("rows", rows);
		model.addAttribute("items", ClauseItems.CONTRACT_ITEMS);
		model.addAttribute("kinds", ContractKind.values());
		model.addAttribute("names", names(rows, contractor));
		return (htmx != null && restore == null) ? "clause/matrix :: results" : "clause/matrix";
	}

	@GetMapping("/clauses/matrix.xlsx")
	void export(@RequestParam(required = false) ContractKind kind, @RequestParam(required = false) UUID contractor,
			@RequestParam(defaultValue = "false") boolean gapsOnly, HttpServletResponse response) throws IOException {
		this.access.internalOnly();
		ClauseMatrix.MatrixQuery query = new ClauseMatrix.MatrixQuery(kind, contractor, gapsOnly);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"clause-matrix.xlsx\"");
		var rows = this.matrix.all(query, MatrixWorkbook.MAX_ROWS);
		this.workbook.write(rows, names(rows, contractor), LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	private Map<UUID, String> names(Iterable<MatrixRow> rows, UUID filtered) {
		Map<UUID, String> names = new LinkedHashMap<>();
		for (MatrixRow row : rows) {
			if (row.contractorId() != null) {
				names.computeIfAbsent(row.contractorId(), this::name);
			}
		}
		if (filtered != null) {
			names.computeIfAbsent(filtered, this::name);
		}
		return names;
	}

	private String name(UUID contractorId) {
		return this.contractors.find(new ContractorId(contractorId)).map(Contractor::getName).orElse("—");
	}

}
