/**
 * Contracts with contractors (契約, 規程 4.2, 4.3(1), 5.2): each contract's kind, parties,
 * term, automatic renewal and the last day to give notice, its life cycle (起案 → 締結済 → 更新
 * → 終了), amendments (変更契約) and documents, and the periodic contract review (MGT-01,
 * OPS-04). Other modules reach contracts through {@link jp.itaku.contract.Contracts}, add
 * sections to the contract page with {@link jp.itaku.contract.ContractSection} beans and
 * take part in the review gate with {@link jp.itaku.contract.ContractReviewGate} beans.
 */
package jp.itaku.contract;
