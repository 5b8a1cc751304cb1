package jp.itaku.contractor;

import java.util.List;
import java.util.Map;

import jp.itaku.contractor.ContractorQuery.Missing;
import jp.itaku.shared.FilterParameters;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list's request parameters, bound from the URL of the screen and of the API alike,
 * so that a list's URL can be shared: {@code q}, the filters, {@code page} (from 0),
 * {@code size} (20 by default, at most 100) and {@code sort} ({@code property,asc|desc}).
 */
record ContractorSearch(String q, ContractorStatus status, SupplierType supplierType, RiskTier riskTier,
		AccessKind accessKind, String department, Missing missing, Integer page, Integer size, String sort) {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	/** The sortable columns by the name the URL uses. */
	private static final Map<String, String> SORTABLE = Map.of("name", "name", "nameKana", "nameKana", "status",
			"status", "effectiveRiskTier", "effectiveRiskTier", "riskTier", "effectiveRiskTier", "updatedAt",
			"updatedAt");

	private static final String DEFAULT_SORT = "nameKana";

	ContractorQuery toQuery() {
		return new ContractorQuery(this.q, this.status, this.supplierType, this.riskTier, this.accessKind,
				this.department, this.missing);
	}

	/**
	 * The page asked for.
	 * @throws InvalidInputException for a property the list cannot be sorted by
	 */
	Pageable pageable() {
		int number = (this.page != null && this.page >= 0) ? this.page : 0;
		int pageSize = (this.size != null && this.size > 0) ? Math.min(this.size, MAX_SIZE) : DEFAULT_SIZE;
		Sort.Order order = order();
		// the id breaks ties, so that a record never shows on two pages
		return PageRequest.of(number, pageSize, Sort.by(order, Sort.Order.asc("id")));
	}

	/**
	 * Like {@link #pageable()}, but an unknown sort property falls back to the default.
	 */
	Pageable pageableOrDefault() {
		try {
			return pageable();
		}
		catch (InvalidInputException ex) {
			return new ContractorSearch(this.q, this.status, this.supplierType, this.riskTier, this.accessKind,
					this.department, this.missing, this.page, this.size, null)
				.pageable();
		}
	}

	public String sortProperty() {
		return parts()[0];
	}

	public boolean descending() {
		String[] parts = parts();
		return parts.length > 1 && "desc".equalsIgnoreCase(parts[1]);
	}

	/** The query string of this search on another page. */
	public String pageQuery(int number) {
		return query(number, this.sort);
	}

	/**
	 * The query string sorted by {@code property}: descending when it is already sorted
	 * ascending by it.
	 */
	public String sortQuery(String property) {
		boolean flip = property.equals(sortProperty()) && !descending();
		return query(0, property + (flip ? ",desc" : ",asc"));
	}

	/** The query string of the filters only, for the export links. */
	public String filterQuery() {
		String query = builder().build().encode().getQuery();
		return (query != null) ? query : "";
	}

	/** The query string of an export of this list's filters. */
	public String exportQuery(String format, String encoding) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance().queryParam("format", format);
		if (encoding != null) {
			builder.queryParam("encoding", encoding);
		}
		String filters = filterQuery();
		String query = builder.build().encode().getQuery();
		return filters.isEmpty() ? query : query + "&" + filters;
	}

	private String query(int number, String sortValue) {
		UriComponentsBuilder builder = builder();
		if (sortValue != null && !sortValue.isBlank()) {
			builder.queryParam("sort", sortValue);
		}
		if (this.size != null) {
			builder.queryParam("size", this.size);
		}
		return builder.queryParam("page", number).build().encode().getQuery();
	}

	private UriComponentsBuilder builder() {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		FilterParameters.add(builder, "q", this.q);
		FilterParameters.add(builder, "status", this.status);
		FilterParameters.add(builder, "supplierType", this.supplierType);
		FilterParameters.add(builder, "riskTier", this.riskTier);
		FilterParameters.add(builder, "accessKind", this.accessKind);
		FilterParameters.add(builder, "department", this.department);
		FilterParameters.add(builder, "missing", this.missing);
		return builder;
	}

	private Sort.Order order() {
		String property = SORTABLE.get(sortProperty());
		if (property == null) {
			throw new InvalidInputException(
					List.of(new FieldProblem("sort", "contractor.validation.sort", new Object[] { this.sort })));
		}
		return descending() ? Sort.Order.desc(property) : Sort.Order.asc(property);
	}

	private String[] parts() {
		if (this.sort == null || this.sort.isBlank()) {
			return new String[] { DEFAULT_SORT };
		}
		return this.sort.strip().split("\\s*,\\s*");
	}

}
