package jp.itaku.subcontracting;

import org.springframework.stereotype.Component;

/** Placeholder until the clause module's checklist facade is merged. */
@Component
class FlowedDownClauses {

	void prepare(SubcontractingView request) {
	}

}
