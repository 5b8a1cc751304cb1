package jp.itaku.regulation;

/**
 * One requirement of the regulation, as listed in {@code requirements.tsv}.
 *
 * @param id the stable id used in code, data and screens, e.g. {@code S01}
 * @param section the clause it comes from, e.g. {@code 4.2(1)③} or {@code 5.3(2)}
 * @param kind {@code obligation} (遵守事項), {@code contract-clause} (契約事項) or {@code check}
 * (運用確認事項)
 * @param textJa the requirement in the regulation's own Japanese words
 * @param iso27001 the ISO/IEC 27001:2022 Annex A controls it maps to, e.g.
 * {@code A.5.19 / A.5.20}
 */
public record Requirement(String id, String section, String kind, String textJa, String iso27001) {

	/**
	 * The part of the regulation the requirement belongs to, as its table of contents
	 * groups it: {@code 4.1}, {@code 4.2(1)①}, {@code 4.2(1)②}, {@code 4.2(1)③},
	 * {@code 4.2(2)}, {@code 4.2(3)}, {@code 4.3}, {@code 4.4}, {@code 5.1} …
	 * {@code 5.4}, {@code 6} … {@code 9}.
	 */
	public String clause() {
		// 4.2(1) is split further by its three lists of contract terms; 4.2(2) and 4.2(3)
		// each hold one list, so their item numbers do not make a group of their own
		if (this.section.startsWith("4.2(1)")) {
			return this.section;
		}
		if (this.section.startsWith("4.2(")) {
			return this.section.substring(0, this.section.indexOf(')') + 1);
		}
		int paren = this.section.indexOf('(');
		return (paren < 0) ? this.section : this.section.substring(0, paren);
	}

}
