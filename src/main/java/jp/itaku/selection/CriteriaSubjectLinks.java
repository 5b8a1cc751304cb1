package jp.itaku.selection;

import java.util.Optional;

import jp.itaku.approval.ApprovalSubjectLinks;

import org.springframework.stereotype.Component;

/**
 * Opens a criteria version from its 稟議; a sent-back version is amended in its own editor
 * and resubmitted from there, so what the committee decides is the version itself.
 */
@Component
class CriteriaSubjectLinks implements ApprovalSubjectLinks {

	@Override
	public Optional<String> linkFor(String subjectType, String subjectId) {
		return SelectionCriteria.SUBJECT_TYPE.equals(subjectType) ? Optional.of("/selection/criteria/" + subjectId)
				: Optional.empty();
	}

	@Override
	public boolean amendedInItsModule(String subjectType) {
		return SelectionCriteria.SUBJECT_TYPE.equals(subjectType);
	}

}
