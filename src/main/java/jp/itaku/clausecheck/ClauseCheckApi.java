package jp.itaku.clausecheck;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jp.itaku.shared.ApiController;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The automatic clause check as JSON (規程 4.2, issue 7): a contract in, a verdict with
 * evidence for each of the 37 contract-clause requirements out. Nothing is stored.
 */
@ApiController("/api/v1/clause-checks")
@PreAuthorize(ClauseCheckRoles.CHECKERS)
@Tag(name = "Clause check", description = "契約書の自動条項チェック (規程 4.2: N01–N10, D01–D11, S01–S13, Q01, Q02, R01)")
class ClauseCheckApi {

	private final ClauseChecks checks;

	ClauseCheckApi(ClauseChecks checks) {
		this.checks = checks;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Check an uploaded contract (PDF with a text layer, DOCX, UTF-8 or Shift_JIS text; type told"
					+ " by the content)",
			description = "Answers all 37 requirement ids in requirements.tsv order. 400 for an empty, encrypted,"
					+ " image-only or broken file or a zip bomb, 413 past itaku.clause-check.max-bytes, 415 for"
					+ " another type.")
	ClauseCheckView checkFile(@RequestParam("file") MultipartFile file) throws IOException {
		if (file.getSize() > 0 && file.getSize() > this.checks.maxBytes()) {
			// refused before the bytes are read into memory
			throw DocumentRefused.tooLarge();
		}
		return ClauseCheckView.of(this.checks.check(file.getBytes()));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Check pasted contract text",
			description = "Answers all 37 requirement ids in requirements.tsv order; 400 when blank, 413 when longer"
					+ " than itaku.clause-check.max-characters.")
	ClauseCheckView checkText(@Valid @RequestBody TextRequest request) {
		return ClauseCheckView.of(this.checks.check(request.text()));
	}

	/**
	 * Pasted contract text.
	 *
	 * @param text the contract
	 */
	record TextRequest(@NotBlank String text) {

	}

}
