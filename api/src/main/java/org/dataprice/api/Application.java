package org.dataprice.api;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * Starts the dataprice service: {@code java -jar api/target/dataprice-api.jar}. With no
 * configuration it listens on port 8080 and keeps its data in an embedded H2 database under
 * {@code ./data}; see {@code docs/api.md} for the environment variables.
 */
@OpenAPIDefinition(
        info = @Info(title = "dataprice", version = "0.1.0",
                description = "Pricing, valuation, price indices and revenue distribution for data assets. "
                        + "Errors are RFC 9457 application/problem+json.",
                license = @License(name = "Apache-2.0")),
        security = {@SecurityRequirement(name = "apiKey"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = "X-API-KEY", description = "An API key created with POST /v1/api-keys")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT signed with the configured HS256 secret or a key of the configured JWKS")
public final class Application {
    private Application() {
    }

    /**
     * @param args command-line arguments, passed to Micronaut
     */
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
