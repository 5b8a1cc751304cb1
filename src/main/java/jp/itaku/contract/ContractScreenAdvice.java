package jp.itaku.contract;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jp.itaku.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The contract screens answer 404 for a contract, contractor or document that does not
 * exist or that the caller may not see (a contractor account asking for another company's
 * contract).
 */
@ControllerAdvice(
		assignableTypes = { ContractController.class, ContractFormController.class, ContractDocumentController.class })
class ContractScreenAdvice {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
