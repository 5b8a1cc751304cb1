package jp.itaku.corrective;

/**
 * How many corrective actions of one requirement are not yet verified, and how many of
 * those are overdue.
 */
record OpenCorrections(String requirementId, long overdue, long open) {

}
