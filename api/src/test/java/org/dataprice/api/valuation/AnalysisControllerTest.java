package org.dataprice.api.valuation;

import io.micronaut.context.annotation.Property;
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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * {@code POST /v1/valuations/{id}/sensitivity} and {@code /monte-carlo} over the stored three-approach
 * engagement of {@link ValuationFixtures#engagement}: value 195.47 = 0.6 × 248.45 + 0.2 × 132 + 0.2 × 100. Every run is
 * stored with the valuation (201 and the Location of the stored run; {@link AnalysisStorageTest} reads them back).
 */
@MicronautTest(transactional = false)
@Property(name = "dataprice.valuation.max-draws", value = "2000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisControllerTest {
    /** Values are reconciled money values, rounded to cents by the report. */
    private static final double TOLERANCE = 1e-9;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    String appraiser;
    String id;

    @BeforeEach
    void setUp() {
        if (http == null) {
            http = new Http(server.getURL(), json);
            appraiser = TestCredentials.key(keys, Role.APPRAISER);
            Http.Response r = http.post("/v1/valuations", ValuationFixtures.engagement("DP-ANALYSIS"), "X-API-KEY", appraiser,
                    "Idempotency-Key", TestCredentials.idempotencyKey());
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            id = r.read(ValuationResponse.class).id();
        }
    }

    private Http.Response post(String what, String body) {
        return http.post("/v1/valuations/" + id + "/" + what, body, "X-API-KEY", appraiser, "Idempotency-Key",
                TestCredentials.idempotencyKey());
    }

    /**
     * Hand computed. Income PV at scale s is 248.45163581722554 × s, rounded to cents:
     * s = 0.9 → 223.61, s = 1.1 → 273.30. Value = 0.6 × income + 26.40 + 20.00:
     * low 180.566 → 180.57, high 210.38; swing 29.81. Scenarios 50/50 → 195.475.
     */
    @Test
    void test_sensitivity_tornadoScenariosTwoWay() {
        Http.Response r = post("sensitivity", """
                {"tornado":[{"driver":"incomeScale","low":0.9,"high":1.1},{"driver":"costScale","low":0.9,"high":1.1}],
                 "twoWay":{"row":"incomeScale","rowValues":[0.9,1.0,1.1],"column":"comparablePriceScale","columnValues":[1.0,1.5]},
                 "scenarios":[{"name":"bear","probability":0.5,"overrides":[{"driver":"incomeScale","value":0.9}]},
                              {"name":"bull","probability":0.5,"overrides":[{"driver":"incomeScale","value":1.1}]}]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        AnalysisResponses.Sensitivity s = r.read(AnalysisResponses.Sensitivity.class);
        assertThat(s.baseValue()).isCloseTo(195.47, offset(TOLERANCE));
        assertThat(s.drivers()).extracting(AnalysisResponses.Driver::name).containsExactly("discountRate", "incomeScale", "growth",
                "shareRate", "costScale", "qualityU", "comparablePriceScale");
        AnalysisResponses.Bar income = s.tornado().bars().get(0);
        assertThat(income.driver()).isEqualTo("incomeScale");
        assertThat(income.valueAtLow()).isCloseTo(180.57, offset(TOLERANCE));
        assertThat(income.valueAtHigh()).isCloseTo(210.38, offset(TOLERANCE));
        assertThat(income.swing()).isCloseTo(29.81, offset(1e-6));
        // cost 132 × 0.9 = 118.80 → 0.2 × 118.80 = 23.76 → 192.83; × 1.1 = 145.20 → 29.04 → 198.11
        AnalysisResponses.Bar cost = s.tornado().bars().get(1);
        assertThat(cost.valueAtLow()).isCloseTo(192.83, offset(TOLERANCE));
        assertThat(cost.valueAtHigh()).isCloseTo(198.11, offset(TOLERANCE));
        assertThat(s.scenarios().weightedValue()).isCloseTo(195.475, offset(1e-6));
        // base cell (1.0, 1.0) = 195.47; market × 1.5 adds 0.2 × 50 = 10
        assertThat(s.twoWay().values().get(1).get(0)).isCloseTo(195.47, offset(TOLERANCE));
        assertThat(s.twoWay().values().get(1).get(1)).isCloseTo(205.47, offset(TOLERANCE));
    }

    /** Issue 12: the stored engagement is mapped once and moved in the core; at base it gives the stored value exactly. */
    @Test
    void test_sensitivity_baseIsTheStoredReportValue() {
        ValuationResponse stored = http.get("/v1/valuations/" + id, "X-API-KEY", appraiser).read(ValuationResponse.class);
        Http.Response r = post("sensitivity", "{\"tornado\":[{\"driver\":\"growth\",\"low\":-0.05,\"high\":0.05}]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.read(AnalysisResponses.Sensitivity.class).baseValue()).isEqualTo(stored.report().value().doubleValue());
    }

    /**
     * Issue 12: with a cost U of kind QUALITY the core sets U = Q = 0.8250000000000001 (the engagement's quality, scored
     * once); moving qualityU to 0.8 gives the value of the same engagement with U given as 0.8: 195.47.
     */
    @Test
    void test_sensitivity_qualityU_fromEngagementQuality() {
        String body = ValuationFixtures.engagement("DP-ANALYSIS-Q").replace("{\"kind\":\"GIVEN\",\"u\":0.8}", "{\"kind\":\"QUALITY\"}");
        Http.Response created = http.post("/v1/valuations", body, "X-API-KEY", appraiser, "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ValuationResponse v = created.read(ValuationResponse.class);
        Http.Response r = http.post("/v1/valuations/" + v.id() + "/sensitivity",
                "{\"tornado\":[{\"driver\":\"qualityU\",\"low\":0.8,\"high\":0.9}]}", "X-API-KEY", appraiser,
                "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        AnalysisResponses.Sensitivity s = r.read(AnalysisResponses.Sensitivity.class);
        assertThat(s.drivers()).filteredOn(d -> d.name().equals("qualityU")).extracting(AnalysisResponses.Driver::base)
                .containsExactly(0.8250000000000001);
        assertThat(s.baseValue()).isEqualTo(v.report().value().doubleValue());
        assertThat(s.tornado().bars().get(0).valueAtLow()).isEqualTo(195.47);
    }

    @Test
    void test_sensitivity_discountRateLowersValue() {
        Http.Response r = post("sensitivity", "{\"tornado\":[{\"driver\":\"discountRate\",\"low\":0.08,\"high\":0.12}]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        AnalysisResponses.Bar b = r.read(AnalysisResponses.Sensitivity.class).tornado().bars().get(0);
        assertThat(b.valueAtLow()).isGreaterThan(195.47);
        assertThat(b.valueAtHigh()).isLessThan(195.47);
    }

    @Test
    void test_sensitivity_unknownDriver422() {
        Http.Response r = post("sensitivity", "{\"tornado\":[{\"driver\":\"incomeScale\",\"low\":0.9,\"high\":1.1},"
                + "{\"driver\":\"moonPhase\",\"low\":0,\"high\":1}]}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("tornado[1].driver");
        assertThat(r.problem().rule()).isEqualTo("unknown");
    }

    @Test
    void test_sensitivity_coreFieldNames_becomeTheRequestsJsonPaths() {
        Http.Response twice = post("sensitivity", "{\"tornado\":[{\"driver\":\"incomeScale\",\"low\":0.9,\"high\":1.1},"
                + "{\"driver\":\"incomeScale\",\"low\":0.8,\"high\":1.2}]}");
        assertThat(twice.status()).as(twice.body()).isEqualTo(422);
        assertThat(twice.problem().field()).as("not the core's tornado.ranges[1].name").isEqualTo("tornado[1].driver");
        assertThat(twice.problem().rule()).isEqualTo("duplicate");

        Http.Response inverted = post("sensitivity", "{\"tornado\":[{\"driver\":\"incomeScale\",\"low\":1.1,\"high\":0.9}]}");
        assertThat(inverted.status()).as(inverted.body()).isEqualTo(422);
        assertThat(inverted.problem().field()).isEqualTo("tornado[0].high");

        Http.Response same = post("sensitivity", "{\"twoWay\":{\"row\":\"incomeScale\",\"rowValues\":[0.9,1.1],"
                + "\"column\":\"incomeScale\",\"columnValues\":[0.9,1.1]}}");
        assertThat(same.status()).as(same.body()).isEqualTo(422);
        assertThat(same.problem().field()).as("not the core's twoWay.columnInput").isEqualTo("twoWay.column");
    }

    @Test
    void test_sensitivity_nothingRequested422() {
        Http.Response r = post("sensitivity", "{}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("tornado");
    }

    @Test
    void test_sensitivity_probabilitiesNotSummingToOne422() {
        Http.Response r = post("sensitivity", """
                {"scenarios":[{"name":"a","probability":0.5,"overrides":[]},{"name":"b","probability":0.4,"overrides":[]}]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).as("not the core's scenarios.scenarios").isEqualTo("scenarios");
        assertThat(r.problem().rule()).isEqualTo("sum-mismatch");
    }

    @Test
    void test_sensitivity_missingHigh400() {
        Http.Response r = post("sensitivity", "{\"tornado\":[{\"driver\":\"incomeScale\",\"low\":0.9}]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.problem().violations()).extracting(v -> v.field()).anyMatch(f -> f.contains("high"));
    }

    @Test
    void test_sensitivity_unknownValuation404() {
        Http.Response r = http.post("/v1/valuations/" + UUID.randomUUID() + "/sensitivity",
                "{\"tornado\":[{\"driver\":\"incomeScale\",\"low\":0.9,\"high\":1.1}]}", "X-API-KEY", appraiser,
                "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(r.status()).isEqualTo(404);
    }

    /** A seed of 2^63 is a whole number out of range naming seed, not malformed JSON. */
    @Test
    void test_monteCarlo_seedTwoToThe63_outOfRange() {
        Http.Response r = post("monte-carlo", """
                {"seed":9223372036854775808,"draws":50,"inputs":[{"driver":"incomeScale","distribution":{"kind":"FIXED","value":1}}]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.problem().field()).isEqualTo("seed");
        assertThat(r.problem().rule()).isEqualTo("out-of-range");
        assertThat(r.problem().detail()).isEqualTo("seed must be in [-9223372036854775808, 9223372036854775807], was 9223372036854775808");
    }

    /** A FIXED distribution at the base gives every draw the base value: mean 195.47, sd 0. */
    @Test
    void test_monteCarlo_fixedAtBase() {
        Http.Response r = post("monte-carlo", """
                {"seed":7,"draws":50,"inputs":[{"driver":"incomeScale","distribution":{"kind":"FIXED","value":1}}]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        AnalysisResponses.MonteCarlo m = r.read(AnalysisResponses.MonteCarlo.class);
        assertThat(m.mean()).isCloseTo(195.47, offset(TOLERANCE));
        assertThat(m.standardDeviation()).isCloseTo(0, offset(TOLERANCE));
        assertThat(m.draws()).isEqualTo(50);
        assertThat(m.seed()).isEqualTo(7);
        // issue 11 diagnostics: equal draws, ESS = N, each draw 1/N of the sum, nothing flagged
        assertThat(m.effectiveSampleSize()).isCloseTo(50, offset(1e-9));
        assertThat(m.largestShare()).isCloseTo(0.02, offset(1e-12));
        assertThat(m.zeroShare()).isZero();
        assertThat(r.map().get("warnings")).isEqualTo(java.util.List.of());
    }

    /** Issue 11: a heavy-tailed driver (lognormal, mean 1, sd 50: σ² = ln 2501 ≈ 7.8) is flagged, in JSON and explanation. */
    @Test
    void test_monteCarlo_heavyTailedDriver_warns() {
        Http.Response r = post("monte-carlo", """
                {"seed":7,"draws":2000,"inputs":[{"driver":"incomeScale","distribution":{"kind":"LOGNORMAL","mean":1,
                 "standardDeviation":50}}]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        AnalysisResponses.MonteCarlo m = r.read(AnalysisResponses.MonteCarlo.class);
        assertThat(m.largestShare()).isGreaterThan(0.01);
        assertThat(m.warnings()).anyMatch(w -> w.startsWith("unreliable: the largest single draw is"));
        assertThat(r.body()).contains("\"id\":\"simulation.diagnostics\"").contains(m.warnings().get(0));
    }

    /**
     * The value is linear in incomeScale (up to cent rounding): E[V] = V(E[s]) = 195.47 for s ~ U(0.9, 1.1),
     * within 4 standard errors plus the rounding. Same seed → identical answer; correlated second driver accepted.
     */
    @Test
    void test_monteCarlo_linearDriverMeanAndReproducible() {
        String body = """
                {"seed":20240601,"draws":400,
                 "inputs":[{"driver":"incomeScale","distribution":{"kind":"UNIFORM","min":0.9,"max":1.1}},
                           {"driver":"costScale","distribution":{"kind":"NORMAL","mean":1,"standardDeviation":0.05}}],
                 "correlation":[[1,0.5],[0.5,1]],"target":190}""";
        Http.Response a = post("monte-carlo", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        AnalysisResponses.MonteCarlo m = a.read(AnalysisResponses.MonteCarlo.class);
        assertThat(m.mean()).isCloseTo(195.47, offset(4 * m.standardError() + 0.01));
        assertThat(m.confidenceLower()).isLessThan(m.mean());
        assertThat(m.probabilityAboveTarget()).isBetween(0.0, 1.0);
        assertThat(m.histogram().counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(400);
        assertThat(m.percentiles()).hasSize(7);
        assertThat(post("monte-carlo", body).body()).isEqualTo(a.body());
    }

    @Test
    void test_monteCarlo_drawsAboveConfiguredCap422() {
        Http.Response r = post("monte-carlo", """
                {"seed":1,"draws":2001,"inputs":[{"driver":"incomeScale","distribution":{"kind":"FIXED","value":1}}]}""");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("draws");
    }

    @Test
    void test_monteCarlo_missingSeed400() {
        Http.Response r = post("monte-carlo", """
                {"draws":10,"inputs":[{"driver":"incomeScale","distribution":{"kind":"FIXED","value":1}}]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.problem().violations()).extracting(v -> v.field()).contains("seed");
    }

    @Test
    void test_monteCarlo_badDistribution422() {
        Http.Response r = post("monte-carlo", """
                {"seed":1,"draws":10,"inputs":[{"driver":"incomeScale","distribution":{"kind":"NORMAL","mean":1,"standardDeviation":-1}}]}""");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("inputs[0].distribution.standardDeviation");
    }

    @Test
    void test_monteCarlo_nonSymmetricCorrelation422() {
        Http.Response r = post("monte-carlo", """
                {"seed":1,"draws":10,
                 "inputs":[{"driver":"incomeScale","distribution":{"kind":"FIXED","value":1}},
                           {"driver":"costScale","distribution":{"kind":"FIXED","value":1}}],
                 "correlation":[[1,0.5],[0.4,1]]}""");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).startsWith("correlation");
    }

    @Test
    void test_noCredentials401() {
        assertThat(http.post("/v1/valuations/" + id + "/sensitivity", "{}").status()).isEqualTo(401);
        assertThat(http.post("/v1/valuations/" + id + "/monte-carlo", "{}").status()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void test_roles_appraiserOnly(Role role) {
        String key = TestCredentials.key(keys, role);
        Http.Response s = http.post("/v1/valuations/" + id + "/sensitivity",
                "{\"tornado\":[{\"driver\":\"incomeScale\",\"low\":0.9,\"high\":1.1}]}", "X-API-KEY", key,
                "Idempotency-Key", TestCredentials.idempotencyKey());
        Http.Response m = http.post("/v1/valuations/" + id + "/monte-carlo",
                "{\"seed\":1,\"draws\":10,\"inputs\":[{\"driver\":\"incomeScale\",\"distribution\":{\"kind\":\"FIXED\",\"value\":1}}]}",
                "X-API-KEY", key, "Idempotency-Key", TestCredentials.idempotencyKey());
        int expected = role == Role.APPRAISER ? 201 : 403;
        assertThat(s.status()).as("sensitivity as " + role).isEqualTo(expected);
        assertThat(m.status()).as("monte-carlo as " + role).isEqualTo(expected);
    }
}
