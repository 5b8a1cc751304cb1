package jp.itaku.contractor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jp.itaku.identity.CurrentUser;
import jp.itaku.identity.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's facade: every read is limited to what the caller may see (a contractor
 * representative sees only their own company, 規程 8), and every change publishes an event
 * the audit trail records.
 */
@Service
@Transactional
public class Contractors {

	private final ContractorRepository repository;

	private final ApplicationEventPublisher events;

	private final CurrentUsers users;

	private final Clock clock;

	Contractors(ContractorRepository repository, ApplicationEventPublisher events, CurrentUsers users, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.users = users;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Contractor> search(ContractorQuery query, Pageable pageable) {
		return this.repository.findAll(ContractorSpecifications.matching(query, this.users.current()), pageable);
	}

	@Transactional(readOnly = true)
	public Optional<Contractor> find(ContractorId id) {
		CurrentUser user = this.users.current();
		return this.repository.findById(id.value()).filter((contractor) -> visibleTo(contractor, user));
	}

	@Transactional(readOnly = true)
	public Contractor get(ContractorId id) {
		return find(id).orElseThrow(() -> new ContractorNotFound(id));
	}

	public Contractor register(ContractorDetails details) {
		String actor = this.users.actorName();
		Contractor contractor = this.repository.save(new Contractor(details, actor, this.clock.instant()));
		this.events.publishEvent(
				new ContractorRegistered(contractor.contractorId(), contractor.getName(), actor, describe(contractor)));
		return contractor;
	}

	/**
	 * Changes the details; refuses when {@code expectedVersion} is not the stored
	 * version.
	 */
	public Contractor update(ContractorId id, long expectedVersion, ContractorDetails details) {
		Contractor contractor = get(id);
		if (contractor.getVersion() != expectedVersion) {
			throw new StaleContractorVersion(id, expectedVersion, contractor.getVersion());
		}
		String before = describe(contractor);
		String actor = this.users.actorName();
		contractor.apply(details, actor, this.clock.instant());
		String changes = ChangeDescription.between(before, describe(contractor));
		this.repository.saveAndFlush(contractor);
		if (!changes.isEmpty()) {
			this.events.publishEvent(new ContractorChanged(id, actor, changes));
		}
		return contractor;
	}

	public Contractor changeStatus(ContractorId id, long expectedVersion, ContractorStatus target, String reason) {
		Contractor contractor = get(id);
		if (contractor.getVersion() != expectedVersion) {
			throw new StaleContractorVersion(id, expectedVersion, contractor.getVersion());
		}
		ContractorStatus from = contractor.getStatus();
		String actor = this.users.actorName();
		contractor.moveTo(target, actor, this.clock.instant());
		this.repository.saveAndFlush(contractor);
		this.events.publishEvent(new ContractorStatusChanged(id, from, target, actor, reason));
		return contractor;
	}

	@Transactional(readOnly = true)
	public boolean corporateNumberTaken(String corporateNumber, ContractorId except) {
		if (corporateNumber == null || corporateNumber.isBlank()) {
			return false;
		}
		return (except == null) ? this.repository.existsByCorporateNumber(corporateNumber)
				: this.repository.existsByCorporateNumberAndIdNot(corporateNumber, except.value());
	}

	private static boolean visibleTo(Contractor contractor, CurrentUser user) {
		return user.contractorScope().map((scope) -> scope.equals(contractor.getId())).orElse(!user.isContractorOnly());
	}

	/** A stable "field: value" listing of a contractor, for the audit trail. */
	static String describe(Contractor c) {
		List<String> lines = new ArrayList<>();
		lines.add("name: " + c.getName());
		lines.add("nameKana: " + c.getNameKana());
		lines.add("corporateNumber: " + Objects.toString(c.getCorporateNumber(), ""));
		lines.add("postalCode: " + Objects.toString(c.getPostalCode(), ""));
		lines.add("address: " + Objects.toString(c.getAddress(), ""));
		lines.add("representative: " + Objects.toString(c.getRepresentative(), ""));
		lines.add("parentId: " + Objects.toString(c.getParentId(), ""));
		lines.add("supplierTypes: " + c.getSupplierTypes().stream().map(Enum::name).sorted().toList());
		lines.add("accessKinds: " + c.getAccessKinds().stream().map(Enum::name).sorted().toList());
		lines.add("highestClassification: " + c.getHighestClassification());
		lines.add("riskTier: " + c.getRiskTier());
		lines.add("riskTierOverride: " + Objects.toString(c.getRiskTierOverride(), ""));
		lines.add("riskTierOverrideReason: " + Objects.toString(c.getRiskTierOverrideReason(), ""));
		lines.add("department: " + Objects.toString(c.getDepartment(), ""));
		lines.add("responsibleMember: " + Objects.toString(c.getResponsibleMember(), ""));
		lines.add("notes: " + Objects.toString(c.getNotes(), ""));
		lines.add("contacts: " + c.getContacts());
		lines.add("status: " + c.getStatus());
		return String.join("\n", lines);
	}

}
