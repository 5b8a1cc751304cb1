package jp.itaku.contractor.exchange;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Renders a stored import in the caller's language.
 */
@Component
class ImportViews {

	private final ExchangeLabels labels;

	ImportViews(ExchangeLabels labels) {
		this.labels = labels;
	}

	ImportPreviewView of(StoredImport stored, Locale locale) {
		ImportPlan plan = stored.plan();
		return new ImportPreviewView(stored.token(), stored.fileName(), plan.toCreate(), plan.toUpdate(),
				plan.unchanged(),
				plan.problems()
					.stream()
					.map((problem) -> new ImportPreviewView.ErrorView(problem.row(),
							(problem.column() != null) ? this.labels.header(problem.column(), locale) : "",
							this.labels.text(problem.messageKey(), locale, problem.arguments().toArray())))
					.toList(),
				stored.expiresAt(), StoredImport.COMMITTED.equals(stored.status()));
	}

}
