package jp.itaku.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where mails come from and where their links lead. The SMTP server itself is Spring
 * Boot's {@code spring.mail.*}: without {@code spring.mail.host}, no mail is sent and
 * notifications stay in the app.
 *
 * @param baseUrl the address users reach the application at, e.g.
 * {@code https://itaku.example.jp} (default {@code http://localhost:8080}); links in
 * e-mails start with it
 * @param mail the sender of the mails
 */
@ConfigurationProperties("itaku")
record NotificationProperties(@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue Mail mail) {

	/** The absolute address of an application path. */
	String absolute(String path) {
		String base = this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		return base + path;
	}

	/**
	 * The sender of the mails.
	 *
	 * @param from the From address (default {@code itaku@localhost})
	 * @param retryInterval how often failed mails are tried again (default 10 minutes)
	 */
	record Mail(@DefaultValue("itaku@localhost") String from, @DefaultValue("10m") Duration retryInterval) {
	}

}
