/**
 * The required-clause checklist (必須条項, 規程 4.2): which of the contract-clause items
 * (N01–N10, D01–D11, S03–S09, S12, S13, Q01, Q02, R01) apply to a contract, following the
 * committee's applicability matrix of contract kind × supplier type × kind of access
 * ({@link jp.itaku.clause.ClauseApplicability}), and what the reviewer found for each
 * ({@link jp.itaku.clause.ClauseChecklists}, for subject types {@code contract} and
 * {@code subcontract}). A missing or partial item is resolved by an amendment (a verified
 * corrective action, {@link jp.itaku.clause.ChecklistCorrections}) or by an approved
 * exception ({@link jp.itaku.clause.ClauseExceptions}, implemented by the governance
 * module). It gates the contract review, reports each item's coverage and S01
 * ({@link jp.itaku.clause.SupplierPolicies}) to the compliance table, and adds the
 * checklist section to the contract page.
 */
package jp.itaku.clause;
