package jp.itaku.contractor.exchange;

import java.util.List;

import jp.itaku.shared.InvalidInputException;

/**
 * A file refused as a whole, before any row is looked at: wrong type, too large, too many
 * rows, no header. The API answers 400; the upload screen shows the reason.
 */
class ImportRefused extends InvalidInputException {

	ImportRefused(String messageKey, Object... arguments) {
		super(List.of(new FieldProblem("file", messageKey, arguments)));
	}

	FieldProblem problem() {
		return errors().get(0);
	}

}
