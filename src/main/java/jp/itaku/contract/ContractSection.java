package jp.itaku.contract;

/**
 * A section of the contract page added by another module (the clause checklist, the
 * subcontracting of the contract). The fragment sees the contract as {@code contract} (a
 * {@link ContractSummary}).
 *
 * @param id the section's anchor on the page
 * @param labelKey the message key of its heading
 * @param fragment the Thymeleaf fragment, e.g.
 * {@code clause/contract-section :: checklist}
 * @param order where it stands, smaller first (the contract's own sections use 10–30)
 */
public record ContractSection(String id, String labelKey, String fragment, int order) {

}
