package jp.itaku.subcontracting;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.SupplierType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a subcontractor in the register by id or 法人番号, whoever asks. The register's
 * facade shows a contractor account its own company only, yet such an account must name
 * the company it subcontracts to (規程 4.2(3)①); so this reads the register's id and name,
 * and the supplier types and kinds of access that decide which clauses flow down to it,
 * nothing else. The request keeps the name it found.
 */
@Component
class SubcontractorDirectory {

	/** A registered company as a subcontracting request names it. */
	record Entry(UUID id, String name) {
	}

	private final JdbcClient jdbc;

	SubcontractorDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Entry> byId(UUID id) {
		return this.jdbc.sql("SELECT id, name FROM contractor WHERE id = ?").param(id).query(Entry.class).optional();
	}

	/** The subcontractor's supplier types (S01) and kinds of access (S03). */
	Set<SupplierType> supplierTypes(UUID id) {
		return this.jdbc.sql("SELECT supplier_type FROM contractor_supplier_type WHERE contractor_id = ?")
			.param(id)
			.query(String.class)
			.list()
			.stream()
			.map(SupplierType::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(SupplierType.class)));
	}

	Set<AccessKind> accessKinds(UUID id) {
		return this.jdbc.sql("SELECT access_kind FROM contractor_access_kind WHERE contractor_id = ?")
			.param(id)
			.query(String.class)
			.list()
			.stream()
			.map(AccessKind::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(AccessKind.class)));
	}

	Optional<Entry> byCorporateNumber(String corporateNumber) {
		return this.jdbc.sql("SELECT id, name FROM contractor WHERE corporate_number = ?")
			.param(corporateNumber.strip())
			.query(Entry.class)
			.optional();
	}

}
