package jp.itaku.contractor;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The register's screens answer 404 for a contractor that does not exist or that the
 * caller may not see (a contractor account asking for another company, 規程 8).
 */
@ControllerAdvice(assignableTypes = { ContractorController.class, ContractorFormController.class })
class ContractorScreenAdvice {

	@ExceptionHandler(ContractorNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
