package jp.itaku.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Saves what the browser showed when a test failed, while the browser is still open (a
 * {@code TestWatcher} would run after {@code @AfterEach} has closed it).
 */
class ScreenshotOnFailure implements TestExecutionExceptionHandler {

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		if (context.getRequiredTestInstance() instanceof BrowserTestSupport test) {
			try {
				test.saveEvidence(context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName());
			}
			catch (RuntimeException | java.io.IOException ex) {
				failure.addSuppressed(ex);
			}
		}
		throw failure;
	}

}
