package org.dataprice.api.valuation;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** {@code POST /v1/appraisal/{cost|income|market|quality}}: values, errors, roles. */
@MicronautTest(transactional = false)
class AppraisalControllerTest {
    /** The textbook prints 2 decimals of 万元; Saaty prints 3 decimals. */
    private static final double PUBLISHED_TOLERANCE = 0.005;
    private static final double TOLERANCE = 1e-9;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    String reader;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        reader = TestCredentials.key(keys, Role.READER);
    }

    private Http.Response post(String path, String body) {
        return http.post(path, body, "X-API-KEY", reader);
    }

    @Test
    void test_income_textbookPatentProfitShare() {
        Http.Response r = post("/v1/appraisal/income", ValuationFixtures.INCOME_TEXTBOOK);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        AppraisalResponses.Income body = r.read(AppraisalResponses.Income.class);
        assertThat(body.value()).isEqualByComparingTo("248.45");
        assertThat(body.currency()).isEqualTo("CNY");
        assertThat(body.presentValue()).isCloseTo(248.45163581722554, offset(TOLERANCE));
        assertThat(body.schedule()).hasSize(5);
        assertThat(body.explanation().steps()).isNotEmpty();
    }

    /** Hand computed (same case as valuation-core's IncomeApproachTest): (500 − 40 − 60) / 1.1 + (550 − 40 − 70) / 1.21 = 727.27. */
    @Test
    void test_income_excessEarnings() {
        Http.Response r = post("/v1/appraisal/income", """
                {"forecast":{"kind":"EXCESS_EARNINGS","amounts":[500,550],"charges":[
                   {"name":"营运资金 working capital","amounts":[40,40]},{"name":"固定资产 fixed assets","amounts":[60,70]}]},
                 "discountRate":{"rate":0.1}}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        AppraisalResponses.Income body = r.read(AppraisalResponses.Income.class);
        assertThat(body.presentValue()).isCloseTo(400 / 1.1 + 440 / 1.21, offset(TOLERANCE));
        assertThat(body.value()).isEqualByComparingTo("727.27");
    }

    /** A negative cost saving answers 200 with the value and a warning; a positive one has no warning. */
    @Test
    void test_income_negativeCostSavingWarns() {
        Http.Response r = post("/v1/appraisal/income", ValuationFixtures.INCOME_NEGATIVE_COST_SAVING);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        AppraisalResponses.Income body = r.read(AppraisalResponses.Income.class);
        assertThat(body.value()).isEqualByComparingTo("-130.17");
        assertThat(body.warnings()).containsExactly(ValuationFixtures.NEGATIVE_COST_SAVING_WARNING);
        assertThat(r.body()).contains("\"warning 1\"");
        Http.Response swapped = post("/v1/appraisal/income", ValuationFixtures.INCOME_NEGATIVE_COST_SAVING
                .replace("[800,800]", "[600,600]"));
        AppraisalResponses.Income positive = swapped.read(AppraisalResponses.Income.class);
        assertThat(positive.value()).isEqualByComparingTo("130.17");
        assertThat(positive.warnings()).isNullOrEmpty(); // serde omits an empty list
        assertThat(swapped.body()).doesNotContain("warning");
        assertThat(r.read(AppraisalResponses.Income.class).warnings()).hasSize(1);
    }

    @Test
    void test_cost_fieldOfAnotherKind422() {
        Http.Response r = post("/v1/appraisal/cost", ValuationFixtures.COST.replace("\"u\":0.8", "\"u\":0.8,\"total\":5"));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("adjustment.total");
    }

    @Test
    void test_income_premiaWithoutRiskFree422() {
        Http.Response r = post("/v1/appraisal/income", """
                {"forecast":{"kind":"DIRECT","amounts":[500,550]},
                 "discountRate":{"rate":0.1,"premia":[{"name":"risk","rate":0.04}]}}""");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("discountRate.premia");
    }

    @Test
    void test_income_chargeLengthMismatch422() {
        Http.Response r = post("/v1/appraisal/income", """
                {"forecast":{"kind":"EXCESS_EARNINGS","amounts":[500,550],"charges":[{"name":"x","amounts":[40]}]},
                 "discountRate":{"rate":0.1}}""");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("forecast.charges[0].amounts");
    }

    /** Hand computed: 1000.00 × (1 − 0.2) = 800.00. */
    @Test
    void test_cost2019_handComputed() {
        Http.Response r = post("/v1/appraisal/cost/2019", "{\"replacementCost\":\"1000.00\",\"obsolescence\":0.2}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.read(AppraisalResponses.Cost.class).value()).isEqualByComparingTo("800.00");
    }

    @Test
    void test_cost2019_obsolescenceOne422() {
        Http.Response r = post("/v1/appraisal/cost/2019", "{\"replacementCost\":1000,\"obsolescence\":1}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("obsolescence");
    }

    @Test
    void test_cost_handComputed() {
        Http.Response r = post("/v1/appraisal/cost", ValuationFixtures.COST);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        AppraisalResponses.Cost body = r.read(AppraisalResponses.Cost.class);
        assertThat(body.value()).isEqualByComparingTo("132.00");
        assertThat(body.totalCost()).isEqualByComparingTo("150.00");
    }

    @Test
    void test_market_handComputed() {
        Http.Response r = post("/v1/appraisal/market", ValuationFixtures.MARKET);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        AppraisalResponses.Market body = r.read(AppraisalResponses.Market.class);
        assertThat(body.value()).isEqualByComparingTo("100.00");
        assertThat(body.comparables()).hasSize(3);
        assertThat(body.comparables().get(2).volume()).isCloseTo(2.0, offset(TOLERANCE));
    }

    @Test
    void test_quality_saaty1990House() {
        Http.Response r = post("/v1/appraisal/quality", ValuationFixtures.qualityHouse());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        AppraisalResponses.Quality body = r.read(AppraisalResponses.Quality.class);
        double[] published = {.173, .054, .188, .018, .031, .036, .167, .333};
        for (int i = 0; i < published.length; i++) {
            assertThat(body.weights().get(i)).isCloseTo(published[i], offset(PUBLISHED_TOLERANCE));
        }
        assertThat(body.lambdaMax()).isCloseTo(9.669, offset(PUBLISHED_TOLERANCE));
        assertThat(body.ci()).isCloseTo(0.238, offset(PUBLISHED_TOLERANCE));
        assertThat(body.cr()).isCloseTo(0.169, offset(PUBLISHED_TOLERANCE));
        assertThat(body.consistent()).isFalse();
        assertThat(body.mostInconsistent().row()).isEqualTo(2);
        assertThat(body.mostInconsistent().column()).isEqualTo(6);
        assertThat(body.score()).isNull();
    }

    @Test
    void test_quality_compositeScore() {
        Http.Response r = post("/v1/appraisal/quality", ValuationFixtures.QUALITY_TWO);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        AppraisalResponses.Quality body = r.read(AppraisalResponses.Quality.class);
        assertThat(body.score()).isCloseTo(0.825, offset(1e-6));
    }

    @Test
    void test_income_missingForecast400() {
        Http.Response r = post("/v1/appraisal/income", "{\"discountRate\":{\"rate\":0.1}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.problem().violations()).extracting(v -> v.field()).contains("forecast");
    }

    @Test
    void test_cost_unknownCategory422() {
        Http.Response r = post("/v1/appraisal/cost", ValuationFixtures.COST.replace("INDIRECT", "BRIBES"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("items[1].category");
        assertThat(r.problem().rule()).isEqualTo("unknown");
        assertThat(r.problem().detail()).contains("DIRECT").endsWith("was 'BRIBES'");
    }

    @Test
    void test_income_discountRateBelowMinusOne422() {
        Http.Response r = post("/v1/appraisal/income", "{\"forecast\":{\"kind\":\"DIRECT\",\"amounts\":[1,2]},\"discountRate\":{\"rate\":-1.5}}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("discountRate.rate");
        assertThat(r.problem().type()).isEqualTo("https://dataprice.org/problems/greater-than");
    }

    @Test
    void test_cost_negativeAmount422() {
        Http.Response r = post("/v1/appraisal/cost", ValuationFixtures.COST.replace("\"amount\":50", "\"amount\":-50"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("items[1].amount");
    }

    @Test
    void test_cost_subCentAmount422() {
        Http.Response r = post("/v1/appraisal/cost", ValuationFixtures.COST.replace("\"amount\":50", "\"amount\":50.001"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("items[1].amount");
    }

    @Test
    void test_market_tooFewComparables422() {
        String body = ValuationFixtures.MARKET.substring(0, ValuationFixtures.MARKET.indexOf(",\n   {\"id\":\"B\"")) + "]}";
        Http.Response r = post("/v1/appraisal/market", body);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("comparables");
    }

    @Test
    void test_quality_brokenReciprocity422() {
        Http.Response r = post("/v1/appraisal/quality", "{\"matrix\":[[1,3],[0.5,1]]}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).as("the request's JSON path, not the core's judgements[1][0]").isEqualTo("matrix[1][0]");
        assertThat(r.problem().detail()).startsWith("matrix[1][0] must be reciprocal");
    }

    @Test
    void test_quality_judgementOffScale422_namesTheRequestPath() {
        Http.Response r = post("/v1/appraisal/quality", "{\"matrix\":[[1,10],[0.1,1]]}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("matrix[0][1]");
        assertThat(r.problem().detail()).isEqualTo("matrix[0][1] must be in [1/9, 9], was 10.0");
    }

    /** Core checks whose field names differ from the request's: each problem names the request's JSON path. */
    @Test
    void test_coreFieldNames_becomeTheRequestsJsonPaths() {
        Http.Response share = post("/v1/appraisal/income", ValuationFixtures.INCOME_TEXTBOOK.replace("\"shareRate\":0.1539",
                "\"shareRate\":1.5"));
        assertThat(share.status()).as(share.body()).isEqualTo(422);
        assertThat(share.problem().field()).as("not the core's shareRate.k").isEqualTo("forecast.shareRate");
        assertThat(share.problem().detail()).isEqualTo("forecast.shareRate must be in [0, 1], was 1.5");

        Http.Response exponent = post("/v1/appraisal/market", ValuationFixtures.MARKET.replace("{\"subject\"",
                "{\"volumeExponent\":1.5,\"subject\""));
        assertThat(exponent.status()).as(exponent.body()).isEqualTo(422);
        assertThat(exponent.problem().field()).as("not the core's volumeExponent.exponent").isEqualTo("volumeExponent");
        assertThat(exponent.problem().detail()).isEqualTo("volumeExponent must be <= 1, was 1.5");

        Http.Response cost = post("/v1/appraisal/cost/2019", "{\"replacementCost\":\"1000.001\",\"obsolescence\":0.2}");
        assertThat(cost.status()).as(cost.body()).isEqualTo(422);
        assertThat(cost.problem().field()).as("not the core's replacementCost.amount").isEqualTo("replacementCost");
        assertThat(cost.problem().rule()).isEqualTo("precision-loss");
    }

    @Test
    void test_quality_criteriaCountMismatch422() {
        Http.Response r = post("/v1/appraisal/quality",
                "{\"matrix\":[[1,3],[0.3333333333333333,1]],\"criteria\":[{\"id\":\"a\",\"label\":\"A\",\"score\":0.5}]}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("criteria");
    }

    @Test
    void test_unknownCurrency422() {
        Http.Response r = post("/v1/appraisal/cost", ValuationFixtures.COST.replace("{\"items\"", "{\"currency\":\"XYZ\",\"items\""));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("currency");
    }

    @Test
    void test_noCredentials401() {
        for (String path : List.of("cost", "cost/2019", "income", "market", "quality")) {
            assertThat(http.post("/v1/appraisal/" + path, ValuationFixtures.COST).status()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void test_roles_appraiserAndReaderOnly(Role role) {
        String key = TestCredentials.key(keys, role);
        boolean allowed = role == Role.APPRAISER || role == Role.READER;
        Map<String, String> bodies = Map.of("cost", ValuationFixtures.COST, "income", ValuationFixtures.INCOME_TEXTBOOK,
                "market", ValuationFixtures.MARKET, "quality", ValuationFixtures.QUALITY_TWO);
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            Http.Response r = http.post("/v1/appraisal/" + e.getKey(), e.getValue(), "X-API-KEY", key);
            assertThat(r.status()).as(e.getKey() + " as " + role).isEqualTo(allowed ? 200 : 403);
        }
        assertThat(new BigDecimal("1")).isNotNull();
    }
}
