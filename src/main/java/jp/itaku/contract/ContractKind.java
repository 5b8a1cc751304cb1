package jp.itaku.contract;

/**
 * The kind of a contract (契約種別). Which required clauses of 規程 4.2 apply depends on it.
 */
public enum ContractKind {

	/** 業務委託契約 */
	OUTSOURCING,
	/** 開発委託契約 */
	DEVELOPMENT,
	/** 秘密保持契約 */
	NDA,
	/** 保守契約 */
	MAINTENANCE,
	/** クラウド利用規約 */
	CLOUD_TERMS,
	/** 個人情報取扱特記事項 */
	PERSONAL_DATA,
	/** その他 */
	OTHER

}
