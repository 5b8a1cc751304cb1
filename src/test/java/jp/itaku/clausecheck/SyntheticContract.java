package jp.itaku.clausecheck;

/**
 * A long contract made up for timing: numbered articles with headings, paragraphs and
 * items in the usual styles, repeated with new numbers until the text reaches the pages
 * asked for (1,200 characters a page).
 */
final class SyntheticContract {

	private static final String[] BODIES = {
			"乙は、秘密情報を善良な管理者の注意をもって管理し、甲の事前の書面による承諾を得ることなく、第三者に開示し、又は漏えいしてはならない。\n" + "2 乙は、秘密情報を本業務の目的以外に使用してはならない。\n",
			"乙は、本業務を第三者に再委託してはならない。ただし、事前に甲の書面による承諾を得た場合はこの限りでない。\n" + "2 乙は、再委託先に本契約と同等の義務を課すものとする。\n",
			"乙は、次の各号に定める措置を講じなければならない。\n(1) 管理責任者の選任\n(2) 従業者の監督及び教育\n(3) アクセス権限の管理及びログの取得\n" + "(4) 記録媒体の持出しの禁止\n",
			"乙は、秘密情報の漏えい、滅失又は毀損が発生したときは、直ちに甲に報告し、甲の指示に従って必要な措置を講じ、原因及び再発防止策を書面で報告する。\n",
			"甲は、成果物の納入を受けた日から10営業日以内に、受入試験項目及び合格基準に従って検査を行い、その結果を乙に通知する。\n" + "② 不合格の場合、乙は無償で修補し、再度検査を受けるものとする。\n", };

	private SyntheticContract() {
	}

	static String ofPages(int pages) {
		StringBuilder text = new StringBuilder("業務委託契約書\n\n甲と乙は、次のとおり業務委託契約を締結する。\n\n");
		int article = 1;
		while (text.length() < pages * ClauseCheckBenchmark.PAGE) {
			text.append("第").append(article).append("条（条項").append(article).append("）\n");
			text.append(BODIES[article % BODIES.length]).append('\n');
			article++;
		}
		return text.toString();
	}

}
