package jp.itaku.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so that tests move time instead of waiting.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(TOKYO);
	}

}
