package jp.itaku.awareness;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jp.itaku.compliance.ComplianceContributor;
import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * S10 and S11 in the compliance table, from the training records: GAP while anyone of the
 * audience was never trained or has lapsed (named), DUE_SOON while someone's training
 * lapses soon, OK when all are trained.
 */
@Component
class AwarenessCompliance implements ComplianceContributor {

	private static final int NAMED = 10;

	private final TrainingAudience audience;

	private final MessageSource messages;

	AwarenessCompliance(TrainingAudience audience, MessageSource messages) {
		this.audience = audience;
		this.messages = messages;
	}

	@Override
	public List<RequirementAssessment> assess() {
		Locale locale = LocaleContextHolder.getLocale();
		return Arrays.stream(TrainingKind.values()).map((kind) -> assess(kind, locale)).toList();
	}

	private RequirementAssessment assess(TrainingKind kind, Locale locale) {
		List<PersonStanding> people = this.audience.standing(kind);
		List<String> link = List.of("/awareness/standing?kind=" + kind.name());
		List<PersonStanding> untrained = people.stream().filter((p) -> p.state().untrained()).toList();
		if (!untrained.isEmpty()) {
			String names = untrained.stream()
				.limit(NAMED)
				.map(PersonStanding::username)
				.collect(Collectors.joining(", ")) + ((untrained.size() > NAMED) ? " …" : "");
			return new RequirementAssessment(kind.requirementId(), ComplianceStatus.GAP,
					text("awareness.compliance.gap", locale, untrained.size(), people.size(), names), link);
		}
		long lapsing = people.stream().filter((p) -> p.state() == PersonStanding.State.LAPSING).count();
		if (lapsing > 0) {
			return new RequirementAssessment(kind.requirementId(), ComplianceStatus.DUE_SOON,
					text("awareness.compliance.dueSoon", locale, lapsing, people.size()), link);
		}
		return new RequirementAssessment(kind.requirementId(), ComplianceStatus.OK,
				text("awareness.compliance.ok", locale, people.size()), link);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
