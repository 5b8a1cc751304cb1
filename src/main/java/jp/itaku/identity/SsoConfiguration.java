package jp.itaku.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Bearer tokens on {@code /api/v1/**}, only when {@code itaku.sso.jwt-issuer-uri} is set
 * (Spring Boot does the same for
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}).
 */
@Configuration(proxyBeanMethods = false)
class SsoConfiguration {

	@Bean
	@ConditionalOnProperty("itaku.sso.jwt-issuer-uri")
	@ConditionalOnMissingBean
	JwtDecoder itakuJwtDecoder(SsoProperties properties) {
		// resolved at the first token, so that the application starts while the provider
		// is unreachable
		return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(properties.jwtIssuerUri()));
	}

}
