/**
 * 契約書の自動条項判定 (規程 4.2, issue 7): reads an uploaded contract (PDF text layer, DOCX, UTF-8
 * or Shift_JIS text), splits it into 前文, 条, 項, 号 and 別紙, and judges for each of the 37
 * contract-clause requirements (N01–N10, D01–D11, S01–S13, Q01, Q02, R01) whether the
 * contract holds it, with the passage as evidence. The wording it looks for lives in data
 * files under {@code clausecheck/}. A document attached to a contract is checked at once;
 * each run is kept ({@link jp.itaku.clausecheck.ContractClauseChecks}), its verdicts
 * offered to the contract's clause checklist and its passages shown highlighted.
 */
package jp.itaku.clausecheck;
