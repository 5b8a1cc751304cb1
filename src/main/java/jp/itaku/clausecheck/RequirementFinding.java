package jp.itaku.clausecheck;

import java.util.List;

/**
 * The check's verdict on one contract-clause requirement.
 *
 * @param id the requirement id (N01 … R01, requirements.tsv)
 * @param verdict present, partial or absent
 * @param confidence how sure the check is, 0..1
 * @param evidence the passages behind a present or partial verdict (none when absent)
 */
public record RequirementFinding(String id, ClauseVerdict verdict, double confidence, List<ClauseEvidence> evidence) {

}
