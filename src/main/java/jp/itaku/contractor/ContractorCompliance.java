package jp.itaku.contractor;

import java.util.ArrayList;
import java.util.List;

import jp.itaku.compliance.ComplianceContributor;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracks from the register whether the organisation has identified and documented the
 * types of supplier it works with (規程 4.2(1)③ S01) and defined the kinds of access each
 * is granted (S03). Contractors that are 終了 no longer count.
 */
@Component
@Transactional(readOnly = true)
class ContractorCompliance implements ComplianceContributor {

	static final String LIST = "/contractors?missing=";

	private final ContractorRepository repository;

	private final MessageSource messages;

	ContractorCompliance(ContractorRepository repository, MessageSource messages) {
		this.repository = repository;
		this.messages = messages;
	}

	@Override
	public List<RequirementAssessment> assess() {
		return List.of(supplierTypes(), accessKinds());
	}

	private RequirementAssessment supplierTypes() {
		long untyped = this.repository.countActiveWithoutSupplierType();
		if (untyped == 0) {
			return new RequirementAssessment("S01", ComplianceStatus.OK, text("contractor.compliance.S01.ok"),
					List.of("/contractors"));
		}
		return new RequirementAssessment("S01", ComplianceStatus.GAP, text("contractor.compliance.S01.gap", untyped),
				List.of(LIST + ContractorQuery.Missing.SUPPLIER_TYPE));
	}

	private RequirementAssessment accessKinds() {
		long unrecorded = this.repository.countActiveWithoutAccessKind();
		long unexplained = this.repository.countActiveOverriddenWithoutReason();
		if (unrecorded == 0 && unexplained == 0) {
			return new RequirementAssessment("S03", ComplianceStatus.OK, text("contractor.compliance.S03.ok"),
					List.of("/contractors"));
		}
		List<String> details = new ArrayList<>();
		List<String> links = new ArrayList<>();
		if (unrecorded > 0) {
			details.add(text("contractor.compliance.S03.noAccess", unrecorded));
			links.add(LIST + ContractorQuery.Missing.ACCESS_KIND);
		}
		if (unexplained > 0) {
			details.add(text("contractor.compliance.S03.noReason", unexplained));
			links.add(LIST + ContractorQuery.Missing.OVERRIDE_REASON);
		}
		return new RequirementAssessment("S03", ComplianceStatus.GAP, String.join(" ", details), links);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
