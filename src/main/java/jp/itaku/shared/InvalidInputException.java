package jp.itaku.shared;

import java.util.List;

/**
 * Input refused by a rule that bean validation cannot express (e.g. a 法人番号 already
 * registered). The API answers 400 with each field's error; screens show them beside the
 * fields.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> errors;

	public InvalidInputException(List<FieldProblem> errors) {
		super("invalid input: " + errors);
		this.errors = List.copyOf(errors);
	}

	public List<FieldProblem> errors() {
		return this.errors;
	}

	/**
	 * One field's problem.
	 *
	 * @param field the field's name in the request
	 * @param messageKey the message bundle key
	 * @param arguments the message's arguments
	 */
	public record FieldProblem(String field, String messageKey, Object[] arguments) {

		public FieldProblem(String field, String messageKey) {
			this(field, messageKey, new Object[0]);
		}

	}

}
