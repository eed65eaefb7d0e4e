package org.dataprice.api.finance;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.accounting.AccountingResourceApiTest;
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
 * Who may call the stateless finance, options, accounting and pledge endpoints: {@code APPRAISER} and
 * {@code READER} (200), every other role 403 (by API key and by JWT), no credentials 401. No
 * Idempotency-Key is sent: none is needed.
 */
@MicronautTest(transactional = false)
class FinanceRoleMatrixTest {
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
                new Endpoint("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[-100,60,60]}"),
                new Endpoint("/v1/finance/irr", "{\"amounts\":[-100,60,60]}"),
                new Endpoint("/v1/finance/xirr", "{\"flows\":" + FinanceApiTest.EXCEL_DATED + "}"),
                new Endpoint("/v1/options/black-scholes", OptionsApiTest.HAUG),
                new Endpoint("/v1/options/binomial", OptionsApiTest.HULL),
                new Endpoint("/v1/options/monte-carlo", OptionsApiTest.MC.replace("200000", "1000")),
                new Endpoint("/v1/accounting/amortisation",
                        "{\"cost\":\"1200.00\",\"firstMonth\":\"2024-01\",\"usefulLifeMonths\":12}"),
                new Endpoint("/v1/accounting/classification", AccountingResourceApiTest.OUTSOURCED_INTANGIBLE),
                new Endpoint("/v1/accounting/inventory", AccountingResourceApiTest.INVENTORY),
                new Endpoint("/v1/accounting/impairment",
                        "{\"carryingAmount\":100,\"valueInUse\":80,\"testMonth\":\"2024-12\",\"remainingLifeMonths\":10}"),
                new Endpoint("/v1/pledge/loan-limit", "{\"appraisedValue\":1000000,\"collateral\":\"COST_APPROACH_ONLY\","
                        + "\"exchangeRegistered\":true,\"qualityScore\":80,\"largestCustomerShare\":0.2,"
                        + "\"remainingLifeMonths\":36,\"requestedTermMonths\":12}"));
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
