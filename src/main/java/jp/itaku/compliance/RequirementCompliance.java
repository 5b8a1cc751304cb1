package jp.itaku.compliance;

import java.util.List;

/**
 * Where the organisation stands on one requirement of the regulation, as the compliance
 * spine (規程準拠状況) shows it.
 *
 * @param requirementId the requirement's id, e.g. {@code S01}
 * @param section the clause of the regulation, e.g. {@code 4.2(1)③}
 * @param clause the part of the regulation it is grouped under, e.g. {@code 4.2(1)③} or
 * {@code 5.3}
 * @param kind {@code obligation}, {@code contract-clause} or {@code check}
 * @param text the requirement's text in the caller's language
 * @param status the worst status any module reports, or {@code NOT_TRACKED}
 * @param detail the modules' explanations, joined; {@code null} when none
 * @param links application paths where the user can act on it
 */
public record RequirementCompliance(String requirementId, String section, String clause, String kind, String text,
		ComplianceStatus status, String detail, List<String> links) {

}
