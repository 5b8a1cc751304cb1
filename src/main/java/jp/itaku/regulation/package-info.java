/**
 * The regulation (外部委託先管理規程) as data: the catalogue of its requirements, each with a
 * stable id ({@code S01}, {@code OPS-06}), its clause and its ISO/IEC 27001:2022 Annex A
 * reference. Later issues grow this into versioned, published regulation text.
 */
package jp.itaku.regulation;
