package jp.itaku.subcontracting;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a subcontractor in the register by id or 法人番号, whoever asks. The register's
 * facade shows a contractor account its own company only, yet such an account must name
 * the company it subcontracts to (規程 4.2(3)①); so this reads the register's id and name,
 * nothing else, and the request keeps the name it found.
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

	Optional<Entry> byCorporateNumber(String corporateNumber) {
		return this.jdbc.sql("SELECT id, name FROM contractor WHERE corporate_number = ?")
			.param(corporateNumber.strip())
			.query(Entry.class)
			.optional();
	}

}
