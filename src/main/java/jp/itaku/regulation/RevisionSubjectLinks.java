package jp.itaku.regulation;

import java.util.Optional;

import jp.itaku.approval.ApprovalSubjectLinks;

import org.springframework.stereotype.Component;

/**
 * Opens a change request from its 稟議, and keeps its amendment on the change request's
 * page, so that the text the committee approves is the text that becomes the next version
 * (規程 9 REV-02).
 */
@Component
class RevisionSubjectLinks implements ApprovalSubjectLinks {

	@Override
	public Optional<String> linkFor(String subjectType, String subjectId) {
		return ChangeRequests.SUBJECT_TYPE.equals(subjectType) ? Optional.of("/regulation/changes/" + subjectId)
				: Optional.empty();
	}

	@Override
	public boolean amendedInItsModule(String subjectType) {
		return ChangeRequests.SUBJECT_TYPE.equals(subjectType);
	}

}
