package jp.itaku.contractor.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.Contractors;

import org.springframework.stereotype.Component;

import static jp.itaku.contractor.exchange.ExchangeColumn.CORPORATE_NUMBER;
import static jp.itaku.contractor.exchange.ExchangeColumn.ID;
import static jp.itaku.contractor.exchange.ExchangeColumn.NAME;
import static jp.itaku.contractor.exchange.ExchangeColumn.NAME_KANA;
import static jp.itaku.contractor.exchange.ExchangeColumn.STATUS;
import static jp.itaku.contractor.exchange.ExchangeColumn.VERSION;

/**
 * Checks every row of an uploaded file against the register's rules and plans the
 * changes, writing nothing. Rows with an id update that contractor, at the version the
 * file was exported from; rows without create one. A 法人番号 must be unique in the register
 * and within the file.
 */
@Component
class ImportRowValidator {

	private final Contractors contractors;

	private final ExchangeLabels labels;

	ImportRowValidator(Contractors contractors, ExchangeLabels labels) {
		this.contractors = contractors;
		this.labels = labels;
	}

	ImportPlan plan(SourceTable table) {
		ImportCells cells = new ImportCells(table.headers(), this.labels);
		for (ExchangeColumn required : List.of(NAME, NAME_KANA)) {
			if (!cells.has(required)) {
				throw new ImportRefused("exchange.import.refused.missingColumn",
						this.labels.header(required, java.util.Locale.JAPANESE),
						this.labels.header(required, java.util.Locale.ENGLISH));
			}
		}
		List<PlannedChange> changes = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Integer> numbersSeen = new HashMap<>();
		Map<UUID, Integer> idsSeen = new HashMap<>();
		int unchanged = 0;
		for (SourceTable.Row row : table.rows()) {
			RowCheck check = new RowCheck(cells.at(row), this.labels, this.contractors);
			Contractor current = existing(check, idsSeen);
			ContractorDetails details = check.details(current);
			ContractorStatus status = status(check, current);
			unique(check, details.corporateNumber(), current, numbersSeen);
			problems.addAll(check.problems());
			if (!check.problems().isEmpty()) {
				continue;
			}
			if (current != null && CurrentDetails.of(current).equals(details) && current.getStatus() == status) {
				unchanged++;
			}
			else {
				changes.add(new PlannedChange(row.number(), (current != null) ? current.getId() : null,
						(current != null) ? current.getVersion() : null, details, status));
			}
		}
		return new ImportPlan(changes, unchanged, problems);
	}

	private Contractor existing(RowCheck check, Map<UUID, Integer> idsSeen) {
		String idText = check.cells().get(ID);
		if (idText == null) {
			return null;
		}
		UUID id;
		try {
			id = UUID.fromString(idText);
		}
		catch (IllegalArgumentException ex) {
			check.problem(ID, "exchange.import.error.id", idText);
			return null;
		}
		Integer earlier = idsSeen.putIfAbsent(id, check.cells().rowNumber());
		if (earlier != null) {
			check.problem(ID, "exchange.import.error.duplicateId", earlier);
			return null;
		}
		Optional<Contractor> found = this.contractors.find(new ContractorId(id));
		if (found.isEmpty()) {
			check.problem(ID, "exchange.import.error.unknownId", idText);
			return null;
		}
		String version = check.cells().get(VERSION);
		if (version == null || !version.matches("[0-9]{1,18}")) {
			check.problem(VERSION, "exchange.import.error.version");
		}
		else if (Long.parseLong(version) != found.get().getVersion()) {
			check.problem(VERSION, "exchange.import.error.stale", version, found.get().getVersion());
		}
		return found.get();
	}

	private ContractorStatus status(RowCheck check, Contractor current) {
		ContractorStatus from = (current != null) ? current.getStatus() : ContractorStatus.CANDIDATE;
		ContractorStatus target = check.enumValue(STATUS, ContractorStatus.class);
		if (target == null) {
			return from;
		}
		if (StatusPath.between(from, target).isEmpty()) {
			check.problem(STATUS, "exchange.import.error.transition", from.name(), target.name());
		}
		return target;
	}

	private void unique(RowCheck check, String number, Contractor current, Map<String, Integer> numbersSeen) {
		if (number == null || !check.problemsIn(CORPORATE_NUMBER).isEmpty()) {
			return;
		}
		Integer earlier = numbersSeen.putIfAbsent(number, check.cells().rowNumber());
		if (earlier != null) {
			check.problem(CORPORATE_NUMBER, "exchange.import.error.duplicateInFile", number, earlier);
		}
		else if (this.contractors.corporateNumberTaken(number, (current != null) ? current.contractorId() : null)) {
			check.problem(CORPORATE_NUMBER, "exchange.import.error.corporateNumberTaken", number);
		}
	}

}
