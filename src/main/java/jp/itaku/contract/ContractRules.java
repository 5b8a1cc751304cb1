package jp.itaku.contract;

import java.util.ArrayList;
import java.util.List;

import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

/**
 * What a contract's details must satisfy before they are stored, field by field, so that
 * every screen and the API refuse the same input with the same localised messages. The
 * limits match the columns of the {@code contract} table.
 */
final class ContractRules {

	static final int MAX_TITLE = 300;

	static final int MAX_NUMBER = 100;

	static final int MAX_COUNTERPARTY = 300;

	static final int MAX_RENEWAL_MONTHS = 120;

	static final int MAX_NOTICE_MONTHS = 24;

	static final int MAX_NOTICE_DAYS = 365;

	private ContractRules() {
	}

	/**
	 * Refuses details that break a rule.
	 * @throws InvalidInputException with one problem per offending field
	 */
	static void check(ContractDetails details) {
		List<FieldProblem> problems = problems(details);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static List<FieldProblem> problems(ContractDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		if (details.contractorId() == null) {
			problems.add(new FieldProblem("contractorId", "contract.validation.required"));
		}
		if (details.kind() == null) {
			problems.add(new FieldProblem("kind", "contract.validation.required"));
		}
		text(problems, "title", details.title(), MAX_TITLE, true);
		text(problems, "number", details.number(), MAX_NUMBER, false);
		text(problems, "counterparty", details.counterparty(), MAX_COUNTERPARTY, true);
		if (details.startOn() == null) {
			problems.add(new FieldProblem("startOn", "contract.validation.required"));
		}
		if (details.startOn() != null && details.endOn() != null && details.endOn().isBefore(details.startOn())) {
			problems.add(new FieldProblem("endOn", "contract.validation.endBeforeStart"));
		}
		renewal(problems, details);
		notice(problems, details);
		return problems;
	}

	private static void renewal(List<FieldProblem> problems, ContractDetails details) {
		if (!details.autoRenewal()) {
			return;
		}
		if (details.endOn() == null) {
			problems.add(new FieldProblem("endOn", "contract.validation.renewalNeedsEnd"));
		}
		if (details.renewalMonths() == null) {
			problems.add(new FieldProblem("renewalMonths", "contract.validation.renewalMonths",
					new Object[] { 1, MAX_RENEWAL_MONTHS }));
		}
		else {
			range(problems, "renewalMonths", details.renewalMonths(), 1, MAX_RENEWAL_MONTHS,
					"contract.validation.renewalMonths");
		}
	}

	private static void notice(List<FieldProblem> problems, ContractDetails details) {
		if (details.noticeMonths() != null && details.noticeDays() != null) {
			problems.add(new FieldProblem("noticeDays", "contract.validation.noticeEither"));
			return;
		}
		range(problems, "noticeMonths", details.noticeMonths(), 0, MAX_NOTICE_MONTHS,
				"contract.validation.noticeMonths");
		range(problems, "noticeDays", details.noticeDays(), 0, MAX_NOTICE_DAYS, "contract.validation.noticeDays");
	}

	private static void range(List<FieldProblem> problems, String field, Integer value, int min, int max, String key) {
		if (value != null && (value < min || value > max)) {
			problems.add(new FieldProblem(field, key, new Object[] { min, max }));
		}
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "contract.validation.required"));
			}
			return;
		}
		if (value.codePointCount(0, value.length()) > max) {
			problems.add(new FieldProblem(field, "contract.validation.tooLong", new Object[] { max }));
		}
	}

}
