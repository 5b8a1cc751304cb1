package jp.itaku.clause;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jp.itaku.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The clause screens answer 404 for a checklist that does not exist, and for contractor
 * accounts.
 */
@ControllerAdvice(assignableTypes = { ChecklistController.class, ClauseMatrixController.class,
		ApplicabilityController.class, SupplierPolicyController.class, CheckLabelController.class })
class ClauseScreenAdvice {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
