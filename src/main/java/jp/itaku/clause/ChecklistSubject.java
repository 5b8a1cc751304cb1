package jp.itaku.clause;

import java.util.Set;
import java.util.UUID;

import jp.itaku.contract.ContractKind;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;

/**
 * What a required-clause checklist is kept for (規程 4.2): a contract, or a subcontract
 * whose flowed-down clauses the subcontracting module checks (R01), with what decides
 * which items apply.
 *
 * @param subjectType {@code contract} or {@code subcontract} (lower case, at most 40
 * characters)
 * @param subjectId the subject's id in its own module
 * @param contractorId the contractor bound by the clauses (the subcontractor for a
 * subcontract)
 * @param kind the kind of contract
 * @param supplierTypes the contractor's supplier types (S01)
 * @param accessKinds the kinds of access to the organisation's information it has (S03)
 * @param link the application path of the subject's page, e.g. {@code /contracts/{id}}
 */
public record ChecklistSubject(String subjectType, UUID subjectId, UUID contractorId, ContractKind kind,
		Set<SupplierType> supplierTypes, Set<AccessKind> accessKinds, String link) {

	/** The subject type of a contract's own checklist. */
	public static final String CONTRACT = "contract";

	/** The subject type of the clauses flowed down to a subcontractor. */
	public static final String SUBCONTRACT = "subcontract";

	public ChecklistSubject {
		if (subjectType == null || !subjectType.matches("[a-z][a-z0-9-]{0,39}")) {
			throw new IllegalArgumentException("subjectType must be 1 to 40 lower-case letters: " + subjectType);
		}
		if (subjectId == null || kind == null) {
			throw new IllegalArgumentException("a checklist subject needs an id and a contract kind");
		}
		if (link == null || !link.startsWith("/") || link.startsWith("//") || link.length() > 300) {
			throw new IllegalArgumentException("link must be an application path: " + link);
		}
		supplierTypes = (supplierTypes != null) ? Set.copyOf(supplierTypes) : Set.of();
		accessKinds = (accessKinds != null) ? Set.copyOf(accessKinds) : Set.of();
	}

}
