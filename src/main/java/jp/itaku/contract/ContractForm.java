package jp.itaku.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import jp.itaku.shared.JapaneseDates;

/**
 * The contract form as typed. Dates and numbers stay text until {@link #details()} reads
 * them, so that a malformed value comes back beside its field with what was typed
 * (binding would otherwise lose the whole form); {@link ContractRules} then checks the
 * details as it does for the API.
 *
 * @param version the version the form was loaded at (null for a new contract)
 */
record ContractForm(UUID contractorId, ContractKind kind, String title, String number, String counterparty,
		String startOn, String endOn, Boolean autoRenewal, String renewalMonths, String noticeMonths, String noticeDays,
		UUID amendsId, Long version) {

	ContractForm {
		// an unticked checkbox sends nothing
		autoRenewal = Boolean.TRUE.equals(autoRenewal);
	}

	/** A blank form for a contract with the contractor, or an amendment of a contract. */
	static ContractForm blank(UUID contractorId, ContractSummary amended) {
		if (amended != null) {
			return new ContractForm(amended.contractorId(), amended.kind(), null, null, amended.counterparty(), null,
					text(amended.endOn()), false, null, null, null, amended.id(), null);
		}
		return new ContractForm(contractorId, null, null, null, null, null, null, false, null, null, null, null, null);
	}

	/** The form filled with the stored contract, to edit it. */
	static ContractForm of(ContractView contract) {
		return new ContractForm(contract.contractorId(), contract.kind(), contract.title(), contract.number(),
				contract.counterparty(), text(contract.startOn()), text(contract.endOn()), contract.autoRenewal(),
				text(contract.renewalMonths()), text(contract.noticeMonths()), text(contract.noticeDays()),
				contract.amendsId(), contract.version());
	}

	/**
	 * The details typed.
	 * @throws InvalidInputException naming each date or number that cannot be read
	 */
	ContractDetails details() {
		List<FieldProblem> problems = new ArrayList<>();
		ContractDetails details = new ContractDetails(this.contractorId, this.kind, this.title, this.number,
				this.counterparty, date("startOn", this.startOn, problems), date("endOn", this.endOn, problems),
				this.autoRenewal, number("renewalMonths", this.renewalMonths, problems),
				number("noticeMonths", this.noticeMonths, problems), number("noticeDays", this.noticeDays, problems),
				this.amendsId);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return details;
	}

	private static LocalDate date(String field, String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return JapaneseDates.parse(text.strip());
		}
		catch (RuntimeException ex) {
			problems.add(new FieldProblem(field, "typeMismatch.java.time.LocalDate"));
			return null;
		}
	}

	private static Integer number(String field, String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, "contract.validation.number"));
			return null;
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
