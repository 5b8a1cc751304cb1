/**
 * Committee decisions (稟議): one approval mechanism that every module uses to put a frozen
 * proposal before the 委託先管理委員会 and learn the outcome by event.
 */
package jp.itaku.approval;
