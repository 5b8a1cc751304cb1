/**
 * The regulation (外部委託先管理規程) as data: the catalogue of its requirements, each with a
 * stable id ({@code S01}, {@code OPS-06}), its clause and its ISO/IEC 27001:2022 Annex A
 * reference; and the regulation's versions (規程 9 改訂) with their sections, compared side
 * by side, readable only by the regulation's subjects (規程 8 PUB-01).
 */
package jp.itaku.regulation;
