package jp.itaku.compliance;

import jp.itaku.regulation.Requirements;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The real catalogue with the real texts, for tests without Spring. */
final class TestRequirements {

	private TestRequirements() {
	}

	static Requirements catalogue() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/regulation");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new Requirements(messages);
	}

}
