package jp.itaku.subcontracting;

import java.util.Optional;

import jp.itaku.approval.ApprovalSubjectLinks;

import org.springframework.stereotype.Component;

/**
 * Opens a subcontracting request from its 稟議; a sent-back request is amended on its own
 * page and resubmitted from there, so what the committee decides is the request itself.
 */
@Component
class SubcontractingSubjectLinks implements ApprovalSubjectLinks {

	@Override
	public Optional<String> linkFor(String subjectType, String subjectId) {
		return Subcontracting.SUBJECT_TYPE.equals(subjectType) ? Optional.of("/subcontracting/" + subjectId)
				: Optional.empty();
	}

	@Override
	public boolean amendedInItsModule(String subjectType) {
		return Subcontracting.SUBJECT_TYPE.equals(subjectType);
	}

}
