package jp.itaku.contractor.exchange;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the import's limits ({@code itaku.contractor-import.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContractorImportProperties.class)
class ExchangeConfiguration {

}
