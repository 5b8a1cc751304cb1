package jp.itaku.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the JSON API ({@code /v3/api-docs}, browsable at
 * {@code /swagger-ui.html}): only {@code /api/v1/**}, with the two ways a caller
 * authenticates there.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BASIC = "basicAuth";

	static final String BEARER = "bearerAuth";

	@Bean
	OpenAPI itakuOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Itaku API")
				.version("v1")
				.description("JSON API of Itaku (委託), which puts an organisation's outsourcing-contractor"
						+ " management regulation (外部委託先管理規程) into practice. Every call is"
						+ " authenticated: HTTP Basic with a local account, or a bearer token when single"
						+ " sign-on is configured. Refusals are RFC 9457 problem details."))
			.components(new Components()
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("A local Itaku account"))
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("JWT")
							.description("An access token of the configured single sign-on provider")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	@Bean
	GroupedOpenApi apiV1() {
		return GroupedOpenApi.builder().group("v1").pathsToMatch("/api/v1/**").build();
	}

}
