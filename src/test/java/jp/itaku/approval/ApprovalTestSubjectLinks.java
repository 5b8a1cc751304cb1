package jp.itaku.approval;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * A requesting module's link to its subjects, as the tests' own module would offer it:
 * subjects of type {@value #TYPE} live under {@code /approval-test-subjects/}.
 */
@Component
class ApprovalTestSubjectLinks implements ApprovalSubjectLinks {

	static final String TYPE = "approval-test";

	@Override
	public Optional<String> linkFor(String subjectType, String subjectId) {
		return TYPE.equals(subjectType) ? Optional.of("/approval-test-subjects/" + subjectId) : Optional.empty();
	}

}
