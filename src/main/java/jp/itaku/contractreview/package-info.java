/**
 * The periodic contract review (契約見直し, 規程 4.3(1) MGT-01, checked under 5.2(1) OPS-04):
 * who reviewed which active contract when, with what outcome (確認済 or 要対応) and which
 * corrective actions it led to; the review duties of every active contract (every
 * {@code itaku.contracts.review-months} and before each notice deadline); the review gate
 * ({@link jp.itaku.contract.ContractReviewGate}) that refuses 確認済 while open points
 * remain; and the compliance of MGT-01 and OPS-04. Other modules reach it through
 * {@link jp.itaku.contractreview.ContractReviews}.
 */
package jp.itaku.contractreview;
