package jp.itaku.clausecheck;

import java.net.URI;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused document as an RFC 9457 problem in the caller's language: 400 (unreadable,
 * encrypted, no text layer, zip bomb), 413 (too large) or 415 (not a contract format).
 */
@RestControllerAdvice(assignableTypes = ClauseCheckApi.class)
class ClauseCheckProblems {

	private final MessageSource messages;

	ClauseCheckProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DocumentRefused.class)
	ResponseEntity<ProblemDetail> refused(DocumentRefused ex) {
		return problem(ex, this.messages);
	}

	static ResponseEntity<ProblemDetail> problem(DocumentRefused ex, MessageSource messages) {
		HttpStatus status = HttpStatus.valueOf(ex.status());
		String detail = messages.getMessage(ex.messageKey(), null, ex.messageKey(), LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("about:blank"));
		problem.setProperty("code", ex.messageKey().substring(ex.messageKey().lastIndexOf('.') + 1));
		return ResponseEntity.status(status).body(problem);
	}

}
