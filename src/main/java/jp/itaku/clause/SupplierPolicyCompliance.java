package jp.itaku.clause;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.itaku.compliance.ComplianceContributor;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.SupplierType;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * S01 in the compliance table (規程 4.2(1)③): OK when every supplier type of the
 * contractors with an active contract is documented by the committee and their access
 * lies within what it permits; GAP naming the contractors outside it otherwise.
 */
@Component
@Transactional(readOnly = true)
class SupplierPolicyCompliance implements ComplianceContributor {

	static final String S01 = "S01";

	private final ClauseChecklistRepository checklists;

	private final SupplierPolicies policies;

	private final Contractors contractors;

	private final MessageSource messages;

	SupplierPolicyCompliance(ClauseChecklistRepository checklists, SupplierPolicies policies, Contractors contractors,
			MessageSource messages) {
		this.checklists = checklists;
		this.policies = policies;
		this.contractors = contractors;
		this.messages = messages;
	}

	@Override
	public List<RequirementAssessment> assess() {
		List<Outside> outside = outside();
		if (outside.isEmpty()) {
			long documented = this.policies.all().stream().filter(SupplierPolicyView::documented).count();
			return List.of(new RequirementAssessment(S01, ComplianceStatus.OK,
					message("clause.compliance.s01.ok", documented), List.of("/clauses/supplier-types")));
		}
		String names = outside.stream()
			.limit(ClauseCompliance.MAX_LINKS)
			.map(Outside::name)
			.collect(Collectors.joining("、"));
		List<String> links = new ArrayList<>(List.of("/clauses/supplier-types"));
		outside.stream()
			.limit(ClauseCompliance.MAX_LINKS)
			.forEach((o) -> links.add("/contractors/" + o.contractorId()));
		return List.of(new RequirementAssessment(S01, ComplianceStatus.GAP,
				message("clause.compliance.s01.gap", outside.size(), names), links));
	}

	/**
	 * The contractors with an active contract that the documented policy does not cover.
	 */
	List<Outside> outside() {
		Map<SupplierType, SupplierPolicyView> policy = this.policies.all()
			.stream()
			.collect(Collectors.toMap(SupplierPolicyView::supplierType, Function.identity()));
		List<Outside> outside = new ArrayList<>();
		for (Object[] row : this.checklists.activeContractors()) {
			UUID contractorId = (UUID) row[0];
			Set<SupplierType> types = Codes.split((String) row[1], SupplierType.class);
			Set<AccessKind> access = Codes.split((String) row[2], AccessKind.class);
			access.remove(AccessKind.NONE);
			Set<SupplierType> undocumented = types.stream()
				.filter((type) -> !policy.get(type).documented())
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(SupplierType.class)));
			Set<AccessKind> permitted = EnumSet.noneOf(AccessKind.class);
			types.forEach((type) -> permitted.addAll(policy.get(type).permittedAccess()));
			Set<AccessKind> beyond = EnumSet.noneOf(AccessKind.class);
			access.stream().filter((kind) -> !permitted.contains(kind)).forEach(beyond::add);
			if (types.isEmpty() || !undocumented.isEmpty() || !beyond.isEmpty()) {
				outside.add(new Outside(contractorId, name(contractorId), types.isEmpty(), undocumented, beyond));
			}
		}
		outside.sort(java.util.Comparator.comparing(Outside::name));
		return outside;
	}

	private String name(UUID contractorId) {
		return this.contractors.find(new ContractorId(contractorId))
			.map(Contractor::getName)
			.orElse(contractorId.toString());
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/**
	 * A contractor outside the documented policy: no supplier type identified, a type not
	 * documented, or access beyond what its types permit.
	 */
	record Outside(UUID contractorId, String name, boolean noType, Set<SupplierType> undocumented,
			Set<AccessKind> beyond) {
	}

}
