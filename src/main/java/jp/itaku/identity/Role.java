package jp.itaku.identity;

/**
 * The roles of Itaku. A user may hold several.
 */
public enum Role {

	/** 会員: members who outsource work (規程 2). */
	MEMBER,
	/** 情報セキュリティ委員会: approves criteria, subcontracting, exceptions and revisions. */
	COMMITTEE,
	/** 監査担当: reads everything, records audits. */
	AUDITOR,
	/** システム管理者: manages users and settings. */
	ADMIN,
	/** 委託先担当者: sees only their own company's items. */
	CONTRACTOR;

	public String authority() {
		return "ROLE_" + name();
	}

}
