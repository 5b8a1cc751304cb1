package jp.itaku.clausecheck;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload past the servlet container's multipart limit
 * ({@code spring.servlet.multipart.max-file-size}) is refused before any controller is
 * chosen, so no advice scoped to the check's controllers sees it. This one answers it for
 * the clause check's own paths as the check answers a file past its own limit: a
 * localised 413 problem on the API, the check screen with the localised error. Other
 * paths keep Spring's answer.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	static final String API = "/api/v1/clause-checks";

	static final String SCREEN = "/clause-checks";

	private final MessageSource messages;

	UploadLimitAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals(API)) {
			return ClauseCheckProblems.problem(DocumentRefused.tooLarge(), this.messages);
		}
		if (path.equals(SCREEN)) {
			response.setStatus(DocumentRefused.tooLarge().status());
			ModelAndView screen = new ModelAndView("clausecheck/check");
			screen.addObject("error", DocumentRefused.tooLarge().messageKey());
			return screen;
		}
		// not the check's: leave it to Spring's own handling
		throw ex;
	}

}
