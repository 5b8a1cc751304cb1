/**
 * Joins the contractor register and the periodic duties (定期業務): the 定期業務 tab of a
 * contractor's page and the contractor's name in the duty list's filter (issue 4; 規程
 * 4.1). A module of its own because the duty module cannot depend on the contractor
 * module without a cycle (contractor → compliance → duty).
 */
package jp.itaku.contractorduty;
