package org.dataprice.api.pricing.compute;

import org.dataprice.api.pricing.Market;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The stateless calculations. Reference values are hand-computed from the published formulas:
 * Nash p = (s + b)/2; generalised Nash p = s + α(b − s); Rubinstein (Econometrica 50(1), 1982) seller
 * first p = s + (b − s)(1 − δ_B)/(1 − δ_S δ_B) = 100 + 100 × 0.1/0.19 = 152.631… → 152.63;
 * QIRANA (Deep &amp; Koutris, SIGMOD 2017) price = Σ w over newly ruled-out worlds; model pricing (Chen,
 * Koutris &amp; Kumar, SIGMOD 2019): p(1) = 10, p(2) = 4 admits arbitrage (two δ = 2 copies average to
 * δ = 1 for 8 &lt; 10).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PricingComputeEndpointsTest {
    private static final double TOLERANCE = 1e-9;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    String key;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        key = TestCredentials.key(keys, Role.READER);
    }

    private Http.Response post(String path, String body) {
        return http.post(path, body, "X-API-KEY", key);
    }

    private static String bargaining(String method, String extra) {
        return "{\"method\":\"" + method + "\",\"sellerReserve\":{\"amount\":\"100.00\",\"currency\":\"CNY\"},"
                + "\"buyerReserve\":{\"amount\":\"200.00\",\"currency\":\"CNY\"}" + extra + "}";
    }

    private static BigDecimal price(Http.Response r) {
        return new BigDecimal(Market.obj(r.map(), "price").get("amount").toString());
    }

    private static void assertProblem(Http.Response r, int status, String rule, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.problem().rule()).isEqualTo(rule);
        assertThat(r.problem().field()).isEqualTo(field);
    }

    @Test
    void test_bargaining_nashIsMidpoint() {
        Http.Response r = post("/v1/pricing/bargaining", bargaining("NASH", ""));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(price(r)).isEqualByComparingTo("150.00");
        assertThat(((Number) r.map().get("sellerShare")).doubleValue()).isCloseTo(0.5, within(TOLERANCE));
    }

    @Test
    void test_bargaining_generalizedNash() {
        Http.Response r = post("/v1/pricing/bargaining", bargaining("GENERALIZED_NASH", ",\"sellerPower\":0.25"));
        assertThat(price(r)).isEqualByComparingTo("125.00");
    }

    @Test
    void test_bargaining_rubinsteinSellerFirstAndBuyerFirst() {
        Http.Response seller = post("/v1/pricing/bargaining",
                bargaining("RUBINSTEIN", ",\"sellerDelta\":0.9,\"buyerDelta\":0.9,\"first\":\"SELLER\""));
        Http.Response buyer = post("/v1/pricing/bargaining",
                bargaining("RUBINSTEIN", ",\"sellerDelta\":0.9,\"buyerDelta\":0.9,\"first\":\"BUYER\""));
        assertThat(seller.status()).as(seller.body()).isEqualTo(200);
        assertThat(price(seller)).isEqualByComparingTo("152.63");
        assertThat(price(buyer)).isEqualByComparingTo("147.37");
    }

    @Test
    void test_bargaining_kalaiSmorodinskyOnALine() {
        assertThat(price(post("/v1/pricing/bargaining", bargaining("KALAI_SMORODINSKY", "")))).isEqualByComparingTo("150.00");
    }

    @Test
    void test_bargaining_rubinsteinWithoutDeltas_is422() {
        assertProblem(post("/v1/pricing/bargaining", bargaining("RUBINSTEIN", ",\"first\":\"SELLER\"")), 422,
                "not-null", "sellerDelta");
    }

    /** A parameter the chosen method would ignore is refused, never silently dropped. */
    @Test
    void test_bargaining_parameterOfAnotherMethod_is422() {
        assertProblem(post("/v1/pricing/bargaining", bargaining("NASH", ",\"sellerPower\":0.25")), 422,
                "invalid-state", "sellerPower");
    }

    @Test
    void test_bargaining_bothDeltasOne_is422() {
        Http.Response r = post("/v1/pricing/bargaining",
                bargaining("RUBINSTEIN", ",\"sellerDelta\":1,\"buyerDelta\":1,\"first\":\"SELLER\""));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).as("a request field, not the core's sellerDelta*buyerDelta").isEqualTo("buyerDelta");
    }

    @Test
    void test_bargaining_missingMethod_is400() {
        Http.Response r = post("/v1/pricing/bargaining", bargaining("NASH", "").replace("\"method\":\"NASH\",", ""));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.problem().violations()).extracting(Problem.Violation::field).contains("method");
    }

    @Test
    void test_queryPrice_sumsNewlyRuledOutWeights() {
        String body = """
                {"currency":"CNY","weights":[1,2,3,4],"queryId":"q1","actualAnswer":5,"worldAnswers":[5,6,5,7]}""";
        Http.Response r = post("/v1/pricing/query-price", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(price(r)).isEqualByComparingTo("6.00");
        assertThat(r.map().get("historyAfter")).isEqualTo(List.of(1, 3));

        Http.Response withHistory = post("/v1/pricing/query-price", body.replace("}", ",\"history\":[1]}"));
        assertThat(price(withHistory)).isEqualByComparingTo("4.00");
    }

    @Test
    void test_queryPrice_answersOfWrongLength_is422() {
        assertProblem(post("/v1/pricing/query-price", """
                {"currency":"CNY","weights":[1,2],"queryId":"q","actualAnswer":0,"worldAnswers":[1]}"""), 422,
                "size-mismatch", "worldAnswers");
    }

    @Test
    void test_queryPrice_historyOutOfRange_is422() {
        assertProblem(post("/v1/pricing/query-price", """
                {"currency":"CNY","weights":[1,2],"queryId":"q","actualAnswer":0,"worldAnswers":[1,0],"history":[5]}"""),
                422, "out-of-range", "history[0]");
    }

    @Test
    void test_queryPrice_emptyWeights_is400() {
        Http.Response r = post("/v1/pricing/query-price", """
                {"currency":"CNY","weights":[],"queryId":"q","actualAnswer":0,"worldAnswers":[1]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.problem().violations()).extracting(Problem.Violation::field).contains("weights");
    }

    @Test
    void test_modelPrice_check_arbitrageAndFree() {
        Http.Response bad = post("/v1/pricing/model-price/check",
                "{\"points\":[{\"variance\":1,\"price\":10},{\"variance\":2,\"price\":4}]}");
        assertThat(bad.status()).as(bad.body()).isEqualTo(200);
        assertThat(bad.map().get("arbitrageFree")).isEqualTo(false);
        assertThat((List<?>) bad.map().get("violations")).isNotEmpty();

        Http.Response good = post("/v1/pricing/model-price/check",
                "{\"points\":[{\"variance\":1,\"price\":10},{\"variance\":2,\"price\":6},{\"variance\":4,\"price\":4}]}");
        assertThat(good.map().get("arbitrageFree")).isEqualTo(true);
    }

    @Test
    void test_modelPrice_fit_isArbitrageFree() {
        Http.Response fit = post("/v1/pricing/model-price/fit",
                "{\"points\":[{\"variance\":1,\"price\":10},{\"variance\":2,\"price\":4}]}");
        assertThat(fit.status()).as(fit.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) fit.map().get("points");
        StringBuilder body = new StringBuilder("{\"points\":[");
        for (int i = 0; i < points.size(); i++) {
            body.append(i == 0 ? "" : ",").append("{\"variance\":").append(points.get(i).get("variance"))
                    .append(",\"price\":").append(points.get(i).get("price")).append('}');
        }
        Http.Response recheck = post("/v1/pricing/model-price/check", body.append("]}").toString());
        assertThat(recheck.map().get("arbitrageFree")).as(recheck.body()).isEqualTo(true);
        assertThat(((Number) fit.map().get("distance")).doubleValue()).isPositive();
    }

    @Test
    void test_modelPrice_zeroVariance_is422WithPath() {
        assertProblem(post("/v1/pricing/model-price/check",
                "{\"points\":[{\"variance\":1,\"price\":10},{\"variance\":0,\"price\":4}]}"), 422, "greater-than",
                "points[1].variance");
    }

    private static String simulation(String sellerTactic, String buyerReservation, String buyerAcceptance) {
        return """
                {"minPrice":{"amount":"0","currency":"CNY"},"maxPrice":{"amount":"100","currency":"CNY"},
                 "priceLevels":101,"licenceMonths":[12],"rounds":20,"first":"SELLER",
                 "seller":{"utility":{"priceWorst":0,"priceBest":100,"reservationValue":0.4,"discountFactor":0.9},
                           "tactic":%s,"acceptance":{"type":"NEXT"}},
                 "buyer":{"utility":{"priceWorst":100,"priceBest":0,"reservationValue":%s,"discountFactor":0.9},
                          "tactic":{"type":"TIME_DEPENDENT","e":0},"acceptance":%s}}"""
                .formatted(sellerTactic, buyerReservation, buyerAcceptance);
    }

    @Test
    void test_simulate_hardlinersNeverAgree_utilitiesAreReservations() {
        // both hardliners (e = 0) repeat their best price: no agreement in 20 rounds; U = reservation values,
        // discounted at t = 1: 0.3 × 0.9 = 0.27 for the buyer
        Http.Response r = post("/v1/pricing/negotiations/simulate",
                simulation("{\"type\":\"TIME_DEPENDENT\",\"e\":0}", "0.3", "{\"type\":\"NEXT\"}"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.map().get("agreed")).isEqualTo(false);
        assertThat(r.map().get("round")).isEqualTo(-1);
        assertThat(((Number) r.map().get("sellerUtility")).doubleValue()).isCloseTo(0.4, within(TOLERANCE));
        assertThat(((Number) r.map().get("buyerDiscounted")).doubleValue()).isCloseTo(0.27, within(TOLERANCE));
        assertThat((List<?>) r.map().get("trace")).hasSize(20);
    }

    @Test
    void test_simulate_buyerAcceptingAnythingTakesTheFirstOffer() {
        // the hardline seller opens at its best price 100; a buyer with reservation 0 and AC_const(0) accepts
        // it in round 0: U_S = 1, U_B = 0, no discounting at t = 0
        Http.Response r = post("/v1/pricing/negotiations/simulate",
                simulation("{\"type\":\"TIME_DEPENDENT\",\"e\":0}", "0", "{\"type\":\"CONST\",\"threshold\":0}"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.map().get("agreed")).isEqualTo(true);
        assertThat(r.map().get("round")).isEqualTo(0);
        assertThat(new BigDecimal(Market.obj(Market.obj(r.map(), "agreement"), "price").get("amount").toString()))
                .isEqualByComparingTo("100");
        assertThat(((Number) r.map().get("sellerDiscounted")).doubleValue()).isCloseTo(1.0, within(TOLERANCE));
        assertThat(((Number) r.map().get("buyerUtility")).doubleValue()).isCloseTo(0.0, within(TOLERANCE));
    }

    /** A tactic or acceptance field the chosen variant would ignore is refused, never silently dropped. */
    @Test
    void test_simulate_fieldOfAnotherVariant_is422() {
        assertProblem(post("/v1/pricing/negotiations/simulate",
                simulation("{\"type\":\"TIME_DEPENDENT\",\"e\":1,\"reciprocity\":0.5}", "0.3", "{\"type\":\"NEXT\"}")),
                422, "invalid-state", "seller.tactic.reciprocity");
        assertProblem(post("/v1/pricing/negotiations/simulate",
                simulation("{\"type\":\"TIME_DEPENDENT\",\"e\":1}", "0.3", "{\"type\":\"NEXT\",\"threshold\":0.5}")),
                422, "invalid-state", "buyer.acceptance.threshold");
    }

    @Test
    void test_simulate_missingExponent_is422_badRounds_is400() {
        assertProblem(post("/v1/pricing/negotiations/simulate",
                simulation("{\"type\":\"TIME_DEPENDENT\"}", "0.3", "{\"type\":\"NEXT\"}")), 422, "not-null",
                "seller.tactic.e");
        Http.Response r = post("/v1/pricing/negotiations/simulate",
                simulation("{\"type\":\"TIME_DEPENDENT\",\"e\":1}", "0.3", "{\"type\":\"NEXT\"}")
                        .replace("\"rounds\":20", "\"rounds\":0"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.problem().violations()).extracting(Problem.Violation::field).contains("rounds");
        assertProblem(post("/v1/pricing/negotiations/simulate",
                simulation("{\"type\":\"TIME_DEPENDENT\",\"e\":1}", "1.5", "{\"type\":\"NEXT\"}")), 422,
                "out-of-range", "buyer.utility.reservationValue");
    }

    private static final String CAPS = """
            {"indicatorCost":{"amount":"1000000.00","currency":"CNY"},"base":{"amount":"2000000.00","currency":"CNY"},
             "allowedReturn":0.05,"tax":{"amount":"50000.00","currency":"CNY"},
             "priorActualRevenue":{"amount":"1200000.00","currency":"CNY"},
             "priorAllowedRevenue":{"amount":"1100000.00","currency":"CNY"},
             "products":[{"productId":"A","forecastVolume":1000000,"revenueWeight":0.6},
                         {"productId":"B","forecastVolume":300000,"revenueWeight":0.4}],"trial":true}""";

    @Test
    void test_tariffCaps_handComputed() {
        // profit = 2,000,000 × 0.05 = 100,000; clawback = 1,200,000 − 1,100,000 = 100,000;
        // MAR = 1,000,000 + 100,000 + 50,000 − 100,000 = 1,050,000; MAR_A = 630,000, MAR_B = 420,000;
        // cap_A = 630,000 / 1,000,000 = 0.63, cap_B = 420,000 / 300,000 = 1.40; Σ cap × volume = 1,050,000
        Http.Response r = post("/v1/pricing/tariff-caps", CAPS);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, Object> body = r.map();
        assertThat(new BigDecimal(Market.obj(body, "allowedProfit").get("amount").toString())).isEqualByComparingTo("100000");
        assertThat(new BigDecimal(Market.obj(body, "clawback").get("amount").toString())).isEqualByComparingTo("100000");
        assertThat(new BigDecimal(Market.obj(body, "allowedRevenue").get("amount").toString())).isEqualByComparingTo("1050000");
        assertThat(new BigDecimal(Market.obj(body, "revenueAtCaps").get("amount").toString())).isEqualByComparingTo("1050000");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> caps = (List<Map<String, Object>>) body.get("caps");
        assertThat(caps).extracting(c -> new BigDecimal(Market.obj(c, "cap").get("amount").toString()).stripTrailingZeros().toPlainString())
                .containsExactly("0.63", "1.4");
        assertThat(caps).extracting(c -> c.get("trial")).containsOnly(true);
    }

    @Test
    void test_tariffCaps_zeroVolume_is422WithPath() {
        assertProblem(post("/v1/pricing/tariff-caps", CAPS.replace("\"forecastVolume\":300000", "\"forecastVolume\":0")),
                422, "at-least", "products[1].forecastVolume");
    }

    @Test
    void test_tariffCaps_returnAboveOne_is422() {
        assertProblem(post("/v1/pricing/tariff-caps", CAPS.replace("0.05", "1.5")), 422, "out-of-range", "allowedReturn");
    }

    @Test
    void test_compute_withoutCredentials_is401_anyRoleAllowed() {
        for (String path : List.of("/v1/pricing/negotiations/simulate", "/v1/pricing/tariff-caps", "/v1/pricing/bargaining", "/v1/pricing/query-price", "/v1/pricing/model-price/check",
                "/v1/pricing/model-price/fit")) {
            assertThat(http.post(path, "{}").status()).as(path).isEqualTo(401);
            for (Role role : Role.values()) {
                Http.Response r = http.post(path, "{}", "Authorization", "Bearer " + TestCredentials.jwt(role));
                assertThat(r.status()).as(path + " " + role).isEqualTo(400);
            }
        }
    }
}
