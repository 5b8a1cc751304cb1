package jp.itaku.regulation;

import java.util.List;

import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

import org.springframework.validation.BindingResult;

/**
 * Turns what a screen form could not bind (e.g. a malformed date) into field problems.
 */
final class FormBinding {

	private FormBinding() {
	}

	static void refuseIfInvalid(BindingResult binding) {
		if (binding.hasFieldErrors()) {
			List<FieldProblem> problems = binding.getFieldErrors()
				.stream()
				.map((error) -> new FieldProblem(error.getField(), "regulation.error.unreadable"))
				.toList();
			throw new InvalidInputException(problems);
		}
	}

}
