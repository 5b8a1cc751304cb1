package jp.itaku.approval;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * A requesting module's link to its subjects, as the tests' own module would offer it:
 * subjects of type {@value #TYPE} and {@value #AMENDED_TYPE} live under
 * {@code /approval-test-subjects/}; the module amends the latter itself.
 */
@Component
class ApprovalTestSubjectLinks implements ApprovalSubjectLinks {

	static final String TYPE = "approval-test";

	static final String AMENDED_TYPE = "approval-test-amended";

	@Override
	public Optional<String> linkFor(String subjectType, String subjectId) {
		return (TYPE.equals(subjectType) || AMENDED_TYPE.equals(subjectType))
				? Optional.of("/approval-test-subjects/" + subjectId) : Optional.empty();
	}

	@Override
	public boolean amendedInItsModule(String subjectType) {
		return AMENDED_TYPE.equals(subjectType);
	}

}
