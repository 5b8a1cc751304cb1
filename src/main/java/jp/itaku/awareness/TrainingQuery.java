package jp.itaku.awareness;

import java.time.LocalDate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the session list; null filters are none.
 */
public record TrainingQuery(TrainingKind kind, LocalDate from, LocalDate to) {

	Specification<TrainingSession> specification() {
		Specification<TrainingSession> spec = (root, query, cb) -> cb.conjunction();
		if (this.kind != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), this.kind));
		}
		if (this.from != null) {
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("heldOn"), this.from));
		}
		if (this.to != null) {
			spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("heldOn"), this.to));
		}
		return spec;
	}

}
