/**
 * What every module uses: the clock, date display and parsing (ISO and 和暦), problem
 * details, and the event contract the audit trail listens to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package jp.itaku.shared;
