/**
 * Corrective actions (是正処置): what must be corrected, by whom and by when, followed from
 * open to verified, verification by someone other than the person who did it (規程 4.1,
 * 5.1(1); SEL-04: 不具合があれば是正処置を施す). One mechanism that evaluations, contracts and audits
 * open actions through, via {@link jp.itaku.corrective.CorrectiveActions}.
 */
package jp.itaku.corrective;
