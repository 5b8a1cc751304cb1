package jp.itaku.selection;

import java.time.LocalDate;
import java.util.UUID;

/** A no-change review of the criteria (SEL-03). */
public record CriteriaReviewView(UUID id, LocalDate reviewedOn, String reviewer, String note) {

	static CriteriaReviewView of(CriteriaReview review) {
		return new CriteriaReviewView(review.getId(), review.getReviewedOn(), review.getReviewer(), review.getNote());
	}

}
