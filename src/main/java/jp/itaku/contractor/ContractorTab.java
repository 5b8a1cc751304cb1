package jp.itaku.contractor;

/**
 * A tab of the contractor's detail page. A later module adds a tab by declaring one of
 * these as a bean and writing the fragment; the fragment sees the contractor as
 * {@code contractor}.
 *
 * @param id the tab's name in the URL ({@code /contractors/{id}?tab=evaluations})
 * @param labelKey the message key of the tab's label
 * @param fragment the Thymeleaf fragment that renders the tab, e.g.
 * {@code selection/contractor-tab :: evaluations}
 * @param order where the tab stands, smaller first (the register's own tabs use 10–30)
 */
public record ContractorTab(String id, String labelKey, String fragment, int order) {

}
