package jp.itaku.contractor.exchange;

/**
 * What a committed import wrote.
 */
record ImportResult(long created, long updated) {

}
