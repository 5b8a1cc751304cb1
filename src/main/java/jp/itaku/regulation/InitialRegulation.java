package jp.itaku.regulation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At first start, with no version recorded, loads version 1 of the regulation from the
 * shipped text as the version in force. Safe with several nodes: a node that loses the
 * race on the version number leaves the winner's version as it is.
 */
// before the demo data (@Order(100)), which acknowledges and reviews version 1
@Order(50)
@Component
class InitialRegulation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialRegulation.class);

	private final Regulation regulation;

	InitialRegulation(Regulation regulation) {
		this.regulation = regulation;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			if (this.regulation.loadInitialIfNone()) {
				log.info("Loaded version 1 of the regulation from {}", Regulation.TEXT);
			}
		}
		catch (DataIntegrityViolationException ex) {
			// another node loaded it between our check and our insert
			log.info("Version 1 of the regulation was loaded by another node");
		}
	}

}
