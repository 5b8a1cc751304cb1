package jp.itaku.contractor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

/**
 * A contractor in the register (委託先台帳). Its rules: the status moves only along the
 * allowed transitions, and the risk tier is derived from access and classification unless
 * overridden with a reason.
 */
@Entity
@Table(name = "contractor")
public class Contractor {

	@Id
	private UUID id;

	// a wrapper, so that a contractor not yet stored (null) is inserted rather than
	// merged
	@Version
	private Long version;

	private String name;

	private String nameKana;

	private String corporateNumber;

	private String postalCode;

	private String address;

	private String representative;

	private UUID parentId;

	// the collections do not raise the version themselves (Hibernate would raise it
	// again right after the insert); every change goes through apply(), which changes
	// updatedAt and so raises the version once
	@ElementCollection(fetch = FetchType.EAGER)
	@OptimisticLock(excluded = true)
	@CollectionTable(name = "contractor_supplier_type", joinColumns = @JoinColumn(name = "contractor_id"))
	@Column(name = "supplier_type")
	@Enumerated(EnumType.STRING)
	private Set<SupplierType> supplierTypes = EnumSet.noneOf(SupplierType.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@OptimisticLock(excluded = true)
	@CollectionTable(name = "contractor_access_kind", joinColumns = @JoinColumn(name = "contractor_id"))
	@Column(name = "access_kind")
	@Enumerated(EnumType.STRING)
	private Set<AccessKind> accessKinds = EnumSet.noneOf(AccessKind.class);

	@Enumerated(EnumType.STRING)
	private InformationClassification highestClassification;

	@Enumerated(EnumType.STRING)
	private RiskTier riskTier;

	@Enumerated(EnumType.STRING)
	private RiskTier riskTierOverride;

	private String riskTierOverrideReason;

	@Enumerated(EnumType.STRING)
	private RiskTier effectiveRiskTier;

	private String department;

	private String responsibleMember;

	@Enumerated(EnumType.STRING)
	private ContractorStatus status;

	private String notes;

	@ElementCollection(fetch = FetchType.EAGER)
	@OptimisticLock(excluded = true)
	@CollectionTable(name = "contractor_contact", joinColumns = @JoinColumn(name = "contractor_id"))
	@OrderColumn(name = "position")
	private List<Contact> contacts = new ArrayList<>();

	private String searchText;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	protected Contractor() {
	}

	Contractor(ContractorDetails details, String actor, Instant now) {
		this.id = UUID.randomUUID();
		this.status = ContractorStatus.CANDIDATE;
		this.createdAt = now;
		this.createdBy = actor;
		apply(details, actor, now);
	}

	/** Replaces the editable details; the status is changed only by {@link #moveTo}. */
	void apply(ContractorDetails details, String actor, Instant now) {
		if (details.riskTierOverride() != null
				&& (details.riskTierOverrideReason() == null || details.riskTierOverrideReason().isBlank())) {
			throw new IllegalArgumentException("an overridden risk tier needs a reason");
		}
		if (details.name() == null || details.nameKana() == null) {
			throw new IllegalArgumentException("a contractor needs a name and its reading");
		}
		if (details.corporateNumber() != null && !CorporateNumber.isValid(details.corporateNumber())) {
			throw new IllegalArgumentException("not a valid 法人番号: " + details.corporateNumber());
		}
		if (details.parentId() != null && details.parentId().equals(this.id)) {
			throw new IllegalArgumentException("a contractor cannot be its own parent");
		}
		this.name = details.name();
		this.nameKana = details.nameKana();
		this.corporateNumber = details.corporateNumber();
		this.postalCode = details.postalCode();
		this.address = details.address();
		this.representative = details.representative();
		this.parentId = details.parentId();
		this.supplierTypes = details.supplierTypes().isEmpty() ? EnumSet.noneOf(SupplierType.class)
				: EnumSet.copyOf(details.supplierTypes());
		this.accessKinds = details.accessKinds().isEmpty() ? EnumSet.noneOf(AccessKind.class)
				: EnumSet.copyOf(details.accessKinds());
		this.highestClassification = details.highestClassification();
		this.riskTier = RiskTier.derive(this.accessKinds, this.highestClassification);
		this.riskTierOverride = details.riskTierOverride();
		this.riskTierOverrideReason = (details.riskTierOverride() != null) ? details.riskTierOverrideReason() : null;
		this.effectiveRiskTier = (this.riskTierOverride != null) ? this.riskTierOverride : this.riskTier;
		this.department = details.department();
		this.responsibleMember = details.responsibleMember();
		this.notes = details.notes();
		this.contacts = new ArrayList<>(details.contacts());
		this.searchText = SearchText.of(this.name, this.nameKana, this.corporateNumber);
		this.updatedAt = now;
		this.updatedBy = actor;
	}

	/**
	 * Moves the contractor along its life cycle; refuses a transition the life cycle does
	 * not allow.
	 */
	void moveTo(ContractorStatus target, String actor, Instant now) {
		if (!this.status.canMoveTo(target)) {
			throw new IllegalContractorTransition(this.status, target);
		}
		this.status = target;
		this.updatedAt = now;
		this.updatedBy = actor;
	}

	/** The statuses this contractor may move to next, in life-cycle order. */
	public Set<ContractorStatus> nextStatuses() {
		return this.status.next();
	}

	/** The tier in force: the override when there is one, else the derived tier. */
	public RiskTier effectiveRiskTier() {
		return this.effectiveRiskTier;
	}

	public ContractorId contractorId() {
		return new ContractorId(this.id);
	}

	public UUID getId() {
		return this.id;
	}

	public long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

	public String getName() {
		return this.name;
	}

	public String getNameKana() {
		return this.nameKana;
	}

	public String getCorporateNumber() {
		return this.corporateNumber;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public String getAddress() {
		return this.address;
	}

	public String getRepresentative() {
		return this.representative;
	}

	public UUID getParentId() {
		return this.parentId;
	}

	public Set<SupplierType> getSupplierTypes() {
		return Set.copyOf(this.supplierTypes);
	}

	public Set<AccessKind> getAccessKinds() {
		return Set.copyOf(this.accessKinds);
	}

	public InformationClassification getHighestClassification() {
		return this.highestClassification;
	}

	public RiskTier getRiskTier() {
		return this.riskTier;
	}

	public RiskTier getRiskTierOverride() {
		return this.riskTierOverride;
	}

	public String getRiskTierOverrideReason() {
		return this.riskTierOverrideReason;
	}

	public String getDepartment() {
		return this.department;
	}

	public String getResponsibleMember() {
		return this.responsibleMember;
	}

	public ContractorStatus getStatus() {
		return this.status;
	}

	public String getNotes() {
		return this.notes;
	}

	public List<Contact> getContacts() {
		return List.copyOf(this.contacts);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

}
