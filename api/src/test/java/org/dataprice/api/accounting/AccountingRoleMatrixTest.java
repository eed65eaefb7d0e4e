package org.dataprice.api.accounting;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call {@code /v1/accounting/classification} and {@code /v1/accounting/inventory}: {@code APPRAISER}
 * and {@code READER} (200), every other role ({@code INDEX_PUBLISHER}, {@code ADMIN}, {@code SETTLEMENT}) 403,
 * by API key and by JWT; no credentials 401. (The amortisation and impairment endpoints are in the finance
 * package's {@code FinanceRoleMatrixTest}.)
 */
@MicronautTest(transactional = false)
class AccountingRoleMatrixTest {
    static final List<Role> ALLOWED = List.of(Role.APPRAISER, Role.READER);

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

    record Endpoint(String path, String body) {
        @Override
        public String toString() {
            return "POST " + path;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("/v1/accounting/classification", AccountingResourceApiTest.OUTSOURCED_INTANGIBLE),
                new Endpoint("/v1/accounting/inventory", AccountingResourceApiTest.INVENTORY));
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

    @ParameterizedTest(name = "{0} as {1} (jwt={2})")
    @MethodSource("matrix")
    void test_endpoint_roleMatrix(Endpoint endpoint, Role role, boolean jwt) {
        String[] credentials = jwt
                ? new String[]{"Authorization", "Bearer " + TestCredentials.jwt(role)}
                : new String[]{"X-API-KEY", TestCredentials.key(keys, role)};

        Http.Response r = http.post(endpoint.path(), endpoint.body(), credentials);

        if (ALLOWED.contains(role)) {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).contains("\"explanation\"");
        } else {
            assertThat(r.status()).as(r.body()).isEqualTo(403);
            assertThat(r.contentType()).isEqualTo("application/problem+json");
            assertThat(r.problem().type()).isEqualTo("https://dataprice.org/problems/forbidden");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void test_endpoint_withoutCredentials_is401(Endpoint endpoint) {
        Http.Response r = http.post(endpoint.path(), endpoint.body());

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        assertThat(r.problem().type()).isEqualTo("https://dataprice.org/problems/unauthorized");
    }
}
