package org.dataprice.api.security;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what: every secured endpoint against no credentials (401), each role by API key and by
 * JWT (403 or success), and the public endpoints.
 */
@MicronautTest(transactional = false)
class RoleMatrixTest {
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

    /** An endpoint and the roles allowed to call it. */
    record Endpoint(String method, String path, String body, List<Role> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "/v1/api-keys", null, List.of(Role.ADMIN)),
                new Endpoint("POST", "/v1/api-keys", "{\"name\":\"m\",\"roles\":[\"READER\"]}", List.of(Role.ADMIN)),
                new Endpoint("GET", "/v1/api-keys/0000000000000000", null, List.of(Role.ADMIN)),
                new Endpoint("DELETE", "/v1/api-keys/0000000000000000", null, List.of(Role.ADMIN)),
                new Endpoint("GET", "/prometheus", null, List.of(Role.ADMIN)));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Role role : Role.values()) {
                cases.add(Arguments.of(endpoint, role, false));
                cases.add(Arguments.of(endpoint, role, true));
            }
        }
        return cases.stream();
    }

    static Stream<Endpoint> secured() {
        return endpoints().stream();
    }

    private Http.Response call(Endpoint endpoint, String... credentials) {
        String[] headers = new String[credentials.length + 2];
        System.arraycopy(credentials, 0, headers, 0, credentials.length);
        headers[credentials.length] = "Idempotency-Key";
        headers[credentials.length + 1] = TestCredentials.idempotencyKey();
        return http.send(endpoint.method(), endpoint.path(), endpoint.body(), headers);
    }

    @ParameterizedTest(name = "{0} as {1} (jwt={2})")
    @MethodSource("matrix")
    void test_secured_roleMatrix(Endpoint endpoint, Role role, boolean jwt) {
        String[] credentials = jwt
                ? new String[]{"Authorization", "Bearer " + TestCredentials.jwt(role)}
                : new String[]{"X-API-KEY", TestCredentials.key(keys, role)};

        Http.Response response = call(endpoint, credentials);

        if (endpoint.allowed().contains(role)) {
            assertThat(response.status()).as(response.body()).isNotIn(401, 403);
        } else {
            assertThat(response.status()).as(response.body()).isEqualTo(403);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/forbidden");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secured")
    void test_secured_withoutCredentials_is401Problem(Endpoint endpoint) {
        Http.Response response = call(endpoint);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/unauthorized");
        assertThat(response.problem().status()).isEqualTo(401);
    }

    @Test
    void test_jwt_wrongSecret_is401() {
        String token = TestCredentials.jwt("mallory", Instant.now().plusSeconds(60),
                "another-secret-of-at-least-thirty-two-bytes-xx", Role.ADMIN);

        assertThat(http.get("/v1/api-keys", "Authorization", "Bearer " + token).status()).isEqualTo(401);
    }

    @Test
    void test_jwt_expired_is401() {
        String token = TestCredentials.jwt("late", Instant.now().minusSeconds(3600), TestCredentials.JWT_SECRET, Role.ADMIN);

        assertThat(http.get("/v1/api-keys", "Authorization", "Bearer " + token).status()).isEqualTo(401);
    }

    @Test
    void test_jwt_garbage_is401() {
        assertThat(http.get("/v1/api-keys", "Authorization", "Bearer not.a.jwt").status()).isEqualTo(401);
    }

    @Test
    void test_public_healthAndOpenApi_needNoCredentials() {
        assertThat(http.get("/health/liveness").status()).isEqualTo(200);
        assertThat(http.get("/health/readiness").status()).isEqualTo(200);
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
