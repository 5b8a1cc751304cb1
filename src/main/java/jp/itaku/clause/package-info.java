/**
 * The required-clause checklist (必須条項, 規程 4.2): which of the contract-clause items
 * (N01–N10, D01–D11, S03–S09, S12, S13, Q01, Q02, R01) apply to a contract, following the
 * committee's applicability matrix of contract kind × supplier type × kind of access, and
 * what the reviewer found for each. It gates the contract review and reports each item's
 * coverage to the compliance table. Other modules use {@link jp.itaku.clause.ClauseItems}
 * and {@link jp.itaku.clause.ClauseApplicability}.
 */
package jp.itaku.clause;
