package jp.itaku.contractor.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the register from xlsx or CSV in two steps: a preview that checks every row and
 * writes nothing but the plan, then a commit by the same user that writes every change in
 * one transaction, or none when any row is invalid.
 */
@Service
class ContractorImports {

	static final String STATUS_REASON = "import";

	private final ImportFileReader reader;

	private final ImportRowValidator validator;

	private final ImportStore store;

	private final Contractors contractors;

	private final CurrentUsers users;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private final ContractorImportProperties properties;

	private final Clock clock;

	ContractorImports(ImportFileReader reader, ImportRowValidator validator, ImportStore store, Contractors contractors,
			CurrentUsers users, ApplicationEventPublisher events, EntityManager entityManager,
			ContractorImportProperties properties, Clock clock) {
		this.reader = reader;
		this.validator = validator;
		this.store = store;
		this.contractors = contractors;
		this.users = users;
		this.events = events;
		this.entityManager = entityManager;
		this.properties = properties;
		this.clock = clock;
	}

	/** Checks the file and keeps its plan for a later commit; writes no contractor. */
	@Transactional
	StoredImport preview(String fileName, byte[] content) {
		ImportPlan plan = this.validator.plan(this.reader.read(fileName, content));
		Instant now = this.clock.instant();
		this.store.deleteExpired(now);
		StoredImport stored = new StoredImport(UUID.randomUUID().toString(), this.users.actorName(), safeName(fileName),
				now, now.plus(this.properties.previewExpiry()), StoredImport.PREVIEWED, plan);
		this.store.save(stored);
		return stored;
	}

	/** The caller's own preview; someone else's answers "not found". */
	@Transactional(readOnly = true)
	StoredImport get(String token) {
		StoredImport stored = this.store.find(token)
			.filter((found) -> found.owner().equals(this.users.actorName()))
			.orElseThrow(() -> new ImportNotFound(token));
		if (StoredImport.PREVIEWED.equals(stored.status()) && stored.expiredAt(this.clock.instant())) {
			throw new ConflictException("import " + token + " expired", "exchange.import.expired");
		}
		return stored;
	}

	/** Writes every planned change, or nothing. */
	@Transactional
	ImportResult commit(String token) {
		StoredImport stored = get(token);
		if (!stored.plan().problems().isEmpty()) {
			throw new InvalidInputException(List.of(new FieldProblem("file", "exchange.import.hasErrors")));
		}
		if (!this.store.markCommitted(token, this.clock.instant())) {
			throw new ConflictException("import " + token + " already committed", "exchange.import.alreadyCommitted");
		}
		try {
			for (PlannedChange change : stored.plan().changes()) {
				applyRow(change);
			}
			// a 法人番号 registered meanwhile by someone else surfaces here, inside the try
			this.entityManager.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("import " + token + " conflicts with the register", "exchange.import.conflict");
		}
		ImportPlan plan = stored.plan();
		this.events.publishEvent(new ContractorsImported(token, this.users.actorName(), stored.fileName(),
				plan.toCreate(), plan.toUpdate()));
		return new ImportResult(plan.toCreate(), plan.toUpdate());
	}

	/**
	 * A rule the preview could not check (a parent cycle formed by rows of the same file,
	 * a 法人番号 registered meanwhile) names the row it refused.
	 */
	private void applyRow(PlannedChange change) {
		try {
			apply(change);
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(ex.errors()
				.stream()
				.map((problem) -> new FieldProblem("row " + change.row() + ": " + problem.field(), problem.messageKey(),
						problem.arguments()))
				.toList());
		}
	}

	private void apply(PlannedChange change) {
		Contractor contractor = change.creates() ? this.contractors.register(change.details())
				: this.contractors.update(new ContractorId(change.id()), change.version(), change.details());
		ContractorStatus from = contractor.getStatus();
		if (change.status() == from) {
			return;
		}
		for (ContractorStatus step : StatusPath.between(from, change.status())) {
			contractor = this.contractors.recordImportedStatus(contractor.contractorId(), contractor.getVersion(), step,
					STATUS_REASON);
		}
	}

	private static String safeName(String fileName) {
		if (fileName == null) {
			return "";
		}
		// keep the base name only, and only as much as the column holds
		String base = fileName.replaceAll(".*[/\\\\]", "");
		return (base.length() > 255) ? base.substring(0, 255) : base;
	}

}
