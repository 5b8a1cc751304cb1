package jp.itaku.archfixtures;

import java.util.List;

import jp.itaku.contractor.Contractor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deliberately answers with the JPA entity, hidden inside generic types, instead of a
 * view record. Abstract, so that component scanning never registers it.
 */
@RestController
abstract class EntityExposingApi {

	@GetMapping("/archfixtures/contractors")
	ResponseEntity<List<Contractor>> all() {
		return ResponseEntity.ok(List.of());
	}

}
