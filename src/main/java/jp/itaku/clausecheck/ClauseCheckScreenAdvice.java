package jp.itaku.clausecheck;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jp.itaku.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The contract's clause-check screens answer 404 for a contract, document or run that
 * does not exist or that the caller may not see, and for contractor accounts.
 */
@ControllerAdvice(assignableTypes = ContractClauseCheckController.class)
class ClauseCheckScreenAdvice {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
