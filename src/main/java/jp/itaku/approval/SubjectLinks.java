package jp.itaku.approval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Asks the modules' {@link ApprovalSubjectLinks} beans where a subject lives. Only paths
 * within the application are kept: a page of this application never sends a committee
 * member elsewhere.
 */
@Component
class SubjectLinks {

	private final List<ApprovalSubjectLinks> modules;

	@Autowired
	SubjectLinks(ObjectProvider<ApprovalSubjectLinks> modules) {
		this(modules.orderedStream().toList());
	}

	SubjectLinks(List<ApprovalSubjectLinks> modules) {
		this.modules = List.copyOf(modules);
	}

	/** The first module's link to the subject, or {@code null} when none has one. */
	String linkFor(String subjectType, String subjectId) {
		return this.modules.stream()
			.map((module) -> module.linkFor(subjectType, subjectId))
			.filter(Objects::nonNull)
			.flatMap(Optional::stream)
			.filter(SubjectLinks::isWithinApplication)
			.findFirst()
			.orElse(null);
	}

	/** Whether a module amends sent-back subjects of this type itself. */
	boolean amendedInItsModule(String subjectType) {
		return this.modules.stream().anyMatch((module) -> module.amendedInItsModule(subjectType));
	}

	// "//host" and "/\host" are taken by browsers as another site
	private static boolean isWithinApplication(String link) {
		return link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\");
	}

}
