package jp.itaku.subcontracting;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jp.itaku.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A request, finding or chain the caller may not see is simply not found on the screens,
 * as in the API, so that a contractor account cannot learn which others exist.
 */
@ControllerAdvice(assignableTypes = { SubcontractingController.class, SubcontractingFormController.class,
		FindingController.class })
class SubcontractingScreenAdvice {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
