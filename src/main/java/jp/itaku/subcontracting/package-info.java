/**
 * Subcontracting (再委託, 規程 4.2(3)① R01): a contractor asks the committee's prior approval
 * before it subcontracts (再委託承認申請, decided as a 稟議), only an approved request becomes an
 * active link of the chain (委託先 → 再委託先 → 再々委託先 …), the clauses are flowed down to the
 * subcontractor, and subcontracting found without approval is kept as a finding.
 */
package jp.itaku.subcontracting;
