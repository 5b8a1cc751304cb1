package jp.itaku.contractreview;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often contracts are reviewed (規程 4.3(1) MGT-01: 契約事項等を定期的に見直す).
 *
 * @param reviewMonths months from the last 確認済 review (or the contract's start) to the
 * next periodic review (default 12)
 * @param reviewBeforeNoticeDays days before each notice deadline (解約予告期限) by which the
 * contract is reviewed again, so that the decision to renew or end it is an informed one
 * (default 30)
 */
@ConfigurationProperties("itaku.contracts")
public record ReviewSettings(@DefaultValue("12") int reviewMonths, @DefaultValue("30") int reviewBeforeNoticeDays) {

	public ReviewSettings {
		if (reviewMonths < 1 || reviewMonths > 120) {
			throw new IllegalArgumentException("itaku.contracts.review-months must be 1 to 120");
		}
		if (reviewBeforeNoticeDays < 0 || reviewBeforeNoticeDays > 366) {
			throw new IllegalArgumentException("itaku.contracts.review-before-notice-days must be 0 to 366");
		}
	}

}
