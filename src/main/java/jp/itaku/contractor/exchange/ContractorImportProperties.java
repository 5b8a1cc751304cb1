package jp.itaku.contractor.exchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the register's import.
 *
 * @param maxRows the most data rows one file may hold (default 10000)
 * @param previewExpiry how long a preview waits for its commit (default one hour)
 * @param maxUnzippedEntrySize the largest part an xlsx may unzip to, in bytes (default 50
 * MB), against zip bombs
 */
@ConfigurationProperties("itaku.contractor-import")
record ContractorImportProperties(@DefaultValue("10000") int maxRows, @DefaultValue("PT1H") Duration previewExpiry,
		@DefaultValue("52428800") long maxUnzippedEntrySize) {

}
