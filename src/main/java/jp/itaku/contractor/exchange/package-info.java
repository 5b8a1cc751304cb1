/**
 * Export and import of the contractor register (委託先台帳), Excel being the users' exchange
 * format (issue 2, item 7).
 * <p>
 * Decisions a newcomer would ask about:
 * <ul>
 * <li>Export streams: the register is read 500 rows a page and written through POI's
 * {@code SXSSFWorkbook} or straight to CSV, so memory stays bounded (see
 * {@code bench/README.md}).</li>
 * <li>Shift_JIS means windows-31j (MS932), what Excel reads. A character it cannot
 * represent becomes 〓; the count is written as a last line {@code # …} in the file,
 * logged, and kept in the export's audit entry. An import skips lines starting with
 * {@code #}.</li>
 * <li>Formula injection: in CSV a cell starting with {@code = + - @}, tab or CR gets a
 * leading {@code '}; in xlsx the cell is text marked quote-prefixed. An import removes
 * that {@code '} again, so that export → edit → import round-trips.</li>
 * <li>Import is preview then commit. The preview's plan is kept as JSON in table
 * {@code contractor_import} (any node can commit it), for its owner only, until it
 * expires ({@code itaku.contractor-import.preview-expiry}, one hour). The commit writes
 * every row in one transaction through the {@code Contractors} facade, whose events
 * record each change in the audit trail, or nothing.</li>
 * <li>A column missing from the file keeps the stored value; the parent is given by id or
 * 法人番号 in the 親会社ID column; a status in the file is reached step by step along the
 * allowed life cycle, each step recorded with the reason {@code import}.</li>
 * </ul>
 */
package jp.itaku.contractor.exchange;
