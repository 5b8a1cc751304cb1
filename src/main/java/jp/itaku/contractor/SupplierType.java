package jp.itaku.contractor;

/**
 * Kinds of supplier the organisation allows access to its information (規程 4.2(1)③ S01).
 */
public enum SupplierType {

	IT_SERVICE, LOGISTICS, FINANCIAL, IT_INFRASTRUCTURE, CLOUD_SERVICE, SOFTWARE_DEVELOPMENT, OTHER

}
