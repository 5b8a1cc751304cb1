package jp.itaku.compliance;

import java.util.List;

/**
 * A module's verdict on one requirement id.
 *
 * @param requirementId the id of {@code requirements.tsv}, e.g. {@code S01}
 * @param status the status
 * @param detail a short explanation in the language of the request, e.g. "3 contractors
 * have no supplier type"
 * @param links application paths where the user can act on it, e.g.
 * {@code /contractors?supplierType=}
 */
public record RequirementAssessment(String requirementId, ComplianceStatus status, String detail, List<String> links) {

}
