package jp.itaku.subcontracting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.CurrentUser;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.identity.Role;
import jp.itaku.shared.ConflictException;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import jp.itaku.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings of subcontracting without prior approval (未承認の再委託, 規程 4.2(3)① R01): recorded
 * by the organisation, closed by the committee with a note, never deleted. Each new
 * finding publishes {@link UnapprovedSubcontractingFound}, through which the governance
 * module will turn it into a violation. Contractor accounts see none.
 */
@Service
@Transactional
public class UnapprovedSubcontracting {

	private final SubcontractingFindingRepository findings;

	private final Contractors contractors;

	private final CurrentUsers users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UnapprovedSubcontracting(SubcontractingFindingRepository findings, Contractors contractors, CurrentUsers users,
			ApplicationEventPublisher events, Clock clock) {
		this.findings = findings;
		this.contractors = contractors;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** Records a finding; the subcontractor is a registered company or just a name. */
	public FindingView record(FindingInput input) {
		requireInternal();
		List<FieldProblem> problems = new ArrayList<>();
		Optional<Contractor> contractor = Optional.ofNullable(input.contractorId())
			.flatMap((id) -> this.contractors.find(new ContractorId(id)));
		if (contractor.isEmpty()) {
			problems.add(new FieldProblem("contractorId", "subcontracting.error.contractorMissing"));
		}
		String subcontractorName = subcontractorName(input, problems);
		if (input.foundOn() == null || input.foundOn().isAfter(LocalDate.now(this.clock))) {
			problems.add(new FieldProblem("foundOn", "subcontracting.finding.error.foundOn"));
		}
		if (input.howFound() == null || input.howFound().isBlank() || input.howFound().length() > 1000) {
			problems.add(new FieldProblem("howFound", "subcontracting.error.text", new Object[] { 1000 }));
		}
		if (input.note() != null && input.note().length() > 4000) {
			problems.add(new FieldProblem("note", "subcontracting.error.text", new Object[] { 4000 }));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String actor = this.users.actorName();
		SubcontractingFinding finding = this.findings.save(new SubcontractingFinding(contractor.get().getName(),
				subcontractorName, input, actor, this.clock.instant()));
		this.events.publishEvent(new UnapprovedSubcontractingFound(finding.getId(), input.contractorId(),
				input.subcontractorId(), subcontractorName, input.foundOn(), actor));
		return finding.view();
	}

	/** The committee closes a finding with a note saying how it was dealt with. */
	public FindingView close(UUID id, long expectedVersion, String note) {
		if (!this.users.current().has(Role.COMMITTEE)) {
			throw new AccessDeniedException("only the committee closes a finding");
		}
		if (note == null || note.isBlank() || note.length() > 2000) {
			throw new InvalidInputException(
					List.of(new FieldProblem("note", "subcontracting.error.text", new Object[] { 2000 })));
		}
		SubcontractingFinding finding = load(id);
		if (finding.getVersion() != expectedVersion) {
			throw new ConflictException("finding " + id + " changed meanwhile", "subcontracting.error.stale");
		}
		String actor = this.users.actorName();
		finding.close(actor, note.strip(), this.clock.instant());
		try {
			this.findings.saveAndFlush(finding);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ConflictException("finding " + id + " changed meanwhile", "subcontracting.error.stale");
		}
		this.events.publishEvent(new SubcontractingEvent(SubcontractingEvent.FINDING, id.toString(), "CLOSED", actor,
				"status: OPEN → CLOSED; note: " + note.strip()));
		return finding.view();
	}

	@Transactional(readOnly = true)
	public FindingView get(UUID id) {
		return load(id).view();
	}

	/** Findings, optionally of one status, most recently found first by default. */
	@Transactional(readOnly = true)
	public Page<FindingView> search(FindingStatus status, Pageable pageable) {
		requireInternal();
		Page<SubcontractingFinding> page = (status != null) ? this.findings.findByStatus(status, pageable)
				: this.findings.findAll(pageable);
		return page.map(SubcontractingFinding::view);
	}

	/** The findings about one contractor, for its page. */
	@Transactional(readOnly = true)
	public List<FindingView> about(UUID contractorId) {
		if (this.users.current().isContractorOnly()) {
			return List.of();
		}
		return this.findings.findByContractorIdOrderByFoundOnDesc(contractorId)
			.stream()
			.map(SubcontractingFinding::view)
			.toList();
	}

	private String subcontractorName(FindingInput input, List<FieldProblem> problems) {
		if (input.subcontractorId() != null) {
			Optional<Contractor> registered = this.contractors.find(new ContractorId(input.subcontractorId()));
			if (registered.isEmpty()) {
				problems.add(new FieldProblem("subcontractorId", "subcontracting.error.subcontractorMissing"));
				return null;
			}
			return registered.get().getName();
		}
		String name = input.subcontractorName();
		if (name == null || name.isBlank() || name.length() > 200) {
			problems.add(new FieldProblem("subcontractorName", "subcontracting.finding.error.subcontractor"));
			return null;
		}
		return name.strip();
	}

	private SubcontractingFinding load(UUID id) {
		requireInternal();
		return this.findings.findById(id).orElseThrow(() -> new NotFoundException("finding " + id));
	}

	private void requireInternal() {
		CurrentUser caller = this.users.current();
		if (caller.isContractorOnly()) {
			throw new NotFoundException("findings are not shown to contractor accounts");
		}
	}

}
