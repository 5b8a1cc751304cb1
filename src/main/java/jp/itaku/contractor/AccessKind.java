package jp.itaku.contractor;

/**
 * Kinds of access to the organisation's information granted to a supplier (規程 4.2(1)③
 * S03).
 */
public enum AccessKind {

	NONE, VIEW, PROCESS, STORE, SYSTEM_ACCESS, PHYSICAL_ACCESS

}
