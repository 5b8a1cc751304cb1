package jp.itaku.archfixtures;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deliberately breaks the rule against field injection, so that {@code ArchitectureTests}
 * can show the rule fails. Not a Spring component: the application never sees it.
 */
public class FieldInjectedService {

	@Autowired
	private Clock clock;

	Clock clock() {
		return this.clock;
	}

}
