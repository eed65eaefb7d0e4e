package org.dataprice.api.health;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, metrics and the OpenAPI document with its browsable view. */
@MicronautTest(transactional = false)
class OperationsEndpointsTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
    }

    @Test
    void test_liveness_isUp() {
        Http.Response response = http.get("/health/liveness");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.map()).containsEntry("status", "UP");
    }

    @Test
    @SuppressWarnings("unchecked")
    void test_readiness_checksTheDatabase() {
        Http.Response anonymous = http.get("/health/readiness");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.map()).containsEntry("status", "UP").doesNotContainKey("details");

        Http.Response detailed = http.get("/health/readiness", "X-API-KEY", TestCredentials.key(keys, Role.READER));
        Map<String, Object> details = (Map<String, Object>) detailed.map().get("details");
        Map<String, Object> database = (Map<String, Object>) details.get("database");
        assertThat(database).containsEntry("status", "UP");
        assertThat((Map<String, Object>) database.get("details")).containsEntry("database", "H2");
    }

    @Test
    void test_prometheus_servesMetricsToAdmin() {
        http.get("/health/liveness");
        Http.Response response = http.get("/prometheus", "X-API-KEY", TestCredentials.key(keys, Role.ADMIN));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("# TYPE").contains("jvm_memory_used_bytes");
    }

    @Test
    void test_openApi_declaresBothSecuritySchemes() {
        Http.Response response = http.get("/swagger/dataprice-0.1.0.yml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .contains("openapi: 3.")
                .contains("/v1/api-keys")
                .contains("apiKey:").contains("name: X-API-KEY")
                .contains("bearer:").contains("scheme: bearer").contains("bearerFormat: JWT")
                .contains("Idempotency-Key");
    }

    @Test
    void test_swaggerUi_isServedLocally() {
        Http.Response page = http.get("/swagger-ui/index.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(http.get("/swagger-ui/res/swagger-ui-bundle.js").status()).isEqualTo(200);
    }
}
