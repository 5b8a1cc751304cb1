package jp.itaku.corrective;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.CurrentUser;
import jp.itaku.identity.CurrentUsers;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import jp.itaku.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corrective action screens' and API's use cases: list, read, open by hand, and take
 * each step (start, done, verify, reject). The steps themselves are the facade's.
 */
@Service
class CorrectiveWork {

	/** The roles whose members verify a correction (規程 4.1: someone else confirms it). */
	static final Set<Role> VERIFIERS = Set.of(Role.MEMBER, Role.COMMITTEE);

	private final CorrectiveActionRepository actions;

	private final CorrectiveActions facade;

	private final Contractors contractors;

	private final UserAccounts accounts;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	CorrectiveWork(CorrectiveActionRepository actions, CorrectiveActions facade, Contractors contractors,
			UserAccounts accounts, CurrentUsers currentUsers, Clock clock) {
		this.actions = actions;
		this.facade = facade;
		this.contractors = contractors;
		this.accounts = accounts;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<CorrectiveActionRow> search(CorrectiveActionQuery query, Pageable pageable) {
		LocalDate today = LocalDate.now(this.clock);
		Page<CorrectiveAction> page = this.actions.findAll(query.toSpecification(today), pageable);
		Map<UUID, String> names = new HashMap<>();
		return page.map((action) -> new CorrectiveActionRow(action.getId(), action.getWhat(), action.getRequirementId(),
				action.getSourceType(), action.getContractorId(), contractorName(action.getContractorId(), names),
				action.getAssignee(), action.getDueOn(), action.getStatus(), action.isOverdueOn(today)));
	}

	@Transactional(readOnly = true)
	CorrectiveActionView get(UUID id) {
		return view(load(id));
	}

	/**
	 * Records a corrective action by hand (source {@code manual}), for an assignee who
	 * holds an internal role.
	 */
	@Transactional
	CorrectiveActionView openManually(String requirementId, UUID contractorId, String what, String assignee,
			LocalDate dueOn) {
		boolean internal = assignee != null && this.accounts.contact(assignee.strip())
			.map((contact) -> contact.roles().stream().anyMatch((role) -> role != Role.CONTRACTOR))
			.orElse(false);
		if (!internal) {
			throw new InvalidInputException(List.of(new FieldProblem("assignee", "corrective.error.assignee.unknown")));
		}
		if (contractorId != null && this.contractors.find(new ContractorId(contractorId)).isEmpty()) {
			throw new InvalidInputException(List.of(new FieldProblem("contractorId", "corrective.error.contractor")));
		}
		UUID sourceId = UUID.randomUUID();
		CorrectionSource source = new CorrectionSource(CorrectionSource.MANUAL, sourceId.toString(), requirementId,
				(contractorId != null) ? "/contractors/" + contractorId : "/corrective-actions");
		return get(this.facade.open(source, contractorId, what, assignee.strip(), dueOn));
	}

	@Transactional
	CorrectiveActionView start(UUID id, long version) {
		this.facade.start(id, version);
		return get(id);
	}

	@Transactional
	CorrectiveActionView markDone(UUID id, long version, String note) {
		this.facade.markDone(id, version, note);
		return get(id);
	}

	@Transactional
	CorrectiveActionView verify(UUID id, long version, String note) {
		this.facade.verify(id, version, note);
		return get(id);
	}

	@Transactional
	CorrectiveActionView reject(UUID id, long version, String reason) {
		this.facade.reject(id, version, reason);
		return get(id);
	}

	private CorrectiveAction load(UUID id) {
		return this.actions.findById(id).orElseThrow(() -> new NotFoundException("corrective action " + id));
	}

	private CorrectiveActionView view(CorrectiveAction action) {
		CurrentUser caller = this.currentUsers.current();
		boolean assignee = caller.username().equals(action.getAssignee());
		boolean verifier = VERIFIERS.stream().anyMatch(caller::has) && action.mayBeVerifiedBy(caller.username());
		CorrectiveActionView.Allowed allowed = new CorrectiveActionView.Allowed(
				assignee && action.getStatus() == CorrectiveActionStatus.OPEN,
				assignee && action.getStatus() == CorrectiveActionStatus.IN_PROGRESS, verifier);
		List<CorrectiveActionView.Step> history = action.getHistory()
			.stream()
			.map((record) -> new CorrectiveActionView.Step(record.getStep().name(), record.getActor(),
					record.getHappenedAt(), record.getNote()))
			.toList();
		return new CorrectiveActionView(action.getId(), action.getVersion(), action.getSourceType(),
				action.getSourceId(), action.getRequirementId(), action.getSource().link(), action.getContractorId(),
				contractorName(action.getContractorId(), new HashMap<>()), action.getWhat(), action.getAssignee(),
				action.getDueOn(), action.getStatus(), action.isOverdueOn(LocalDate.now(this.clock)),
				action.getDoneBy(), action.getOpenedBy(), action.getOpenedAt(), action.getUpdatedAt(), history,
				allowed);
	}

	private String contractorName(UUID contractorId, Map<UUID, String> names) {
		if (contractorId == null) {
			return null;
		}
		return names.computeIfAbsent(contractorId,
				(id) -> this.contractors.find(new ContractorId(id)).map(Contractor::getName).orElse(id.toString()));
	}

}
