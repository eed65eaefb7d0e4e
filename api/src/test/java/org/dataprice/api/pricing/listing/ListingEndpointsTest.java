package org.dataprice.api.pricing.listing;

import org.dataprice.api.pricing.Market;

import org.dataprice.api.time.TestClock;
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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listings and appraisals over HTTP. Band reference values are hand-computed:
 * A = 1000.00, β = 0.20 ⇒ band [1000 × 0.8, 1000 × 1.2] = [800.00, 1200.00]; a quote of 1300.00 is
 * outside (deviation (1300 − 1000)/1000 = 0.3, flagged), 1100.00 inside (deviation 0.1).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingEndpointsTest {
    private static final double TOLERANCE = 1e-12;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;

    Http http;
    Market.Party seller;
    Market.Party appraiser;
    Market.Party reader;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        seller = Market.party(keys, Role.READER);
        appraiser = Market.party(keys, Role.APPRAISER);
        reader = Market.party(keys, Role.READER);
    }

    private Http.Response createListing(String quote) {
        return http.post("/v1/listings", Market.listing("prod-1", "ENTERPRISE", "INDUSTRY", "NEGOTIATED", quote,
                clock.instant()), seller.headers());
    }

    private static void assertDomainProblem(Http.Response response, int status, String rule, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = response.problem();
        assertThat(problem.type()).isEqualTo("https://dataprice.org/problems/" + rule);
        assertThat(problem.rule()).isEqualTo(rule);
        assertThat(problem.field()).isEqualTo(field);
    }

    private static void assertViolation(Http.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/validation");
        assertThat(response.problem().violations()).extracting(Problem.Violation::field).contains(field);
    }

    @Test
    void test_createListing_sellerIsCaller_andReadBack() {
        Http.Response created = createListing("1300.00");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = Market.id(created);
        assertThat(created.header("Location")).isEqualTo("/v1/listings/" + id);
        Map<String, Object> body = created.map();
        assertThat(body.get("sellerId")).isEqualTo(seller.name());
        assertThat(Market.obj(body, "quote")).containsEntry("currency", "CNY");
        assertThat(new java.math.BigDecimal(Market.obj(body, "quote").get("amount").toString()))
                .isEqualByComparingTo("1300.00");

        Http.Response read = http.get("/v1/listings/" + id, "X-API-KEY", reader.key());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.map().get("productId")).isEqualTo("prod-1");
        assertThat(read.map().get("appraisal")).isNull();
    }

    @Test
    void test_createListing_replayWithSameKey_returnsSameListing() {
        String key = TestCredentials.idempotencyKey();
        String body = Market.listing("prod-replay", "ENTERPRISE", "INDUSTRY", "FIXED_PRICE", "10.00", clock.instant());

        Http.Response first = http.post("/v1/listings", body, seller.headers(key));
        Http.Response second = http.post("/v1/listings", body, seller.headers(key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Market.id(second)).isEqualTo(Market.id(first));
    }

    @Test
    void test_createListing_missingProduct_is400() {
        String body = Market.listing("x", "ENTERPRISE", "INDUSTRY", "FIXED_PRICE", "10.00", clock.instant())
                .replace("\"productId\":\"x\",", "");
        assertViolation(http.post("/v1/listings", body, seller.headers()), "productId");
    }

    @Test
    void test_createListing_lowercaseCurrency_is400() {
        String body = Market.listing("x", "ENTERPRISE", "INDUSTRY", "FIXED_PRICE", "10.00", clock.instant())
                .replace("\"CNY\"", "\"cny\"");
        assertViolation(http.post("/v1/listings", body, seller.headers()), "quote.currency");
    }

    @Test
    void test_createListing_validUntilBeforeValidFrom_is422() {
        String body = """
                {"productId":"p","category":"ENTERPRISE","use":"INDUSTRY","unit":"ONE_OFF","mode":"FIXED_PRICE",
                 "quote":{"amount":"1.00","currency":"CNY"},"validFrom":"2030-01-02T00:00:00Z",
                 "validUntil":"2030-01-01T00:00:00Z"}""";
        assertDomainProblem(http.post("/v1/listings", body, seller.headers()), 422, "greater-than", "validUntil");
    }

    @Test
    void test_createListing_publicDataForPublicGovernanceNotFree_is422() {
        String body = Market.listing("p", "PUBLIC", "PUBLIC_GOVERNANCE", "FIXED_PRICE", "5.00", clock.instant());
        assertDomainProblem(http.post("/v1/listings", body, seller.headers()), 422, "at-most", "quote");
    }

    @Test
    void test_createListing_subCentAmount_is422PrecisionLoss() {
        String body = Market.listing("p", "ENTERPRISE", "INDUSTRY", "FIXED_PRICE", "1.234", clock.instant());
        assertDomainProblem(http.post("/v1/listings", body, seller.headers()), 422, "precision-loss", "quote.amount");
    }

    @Test
    void test_createListing_withoutIdempotencyKey_is400() {
        Http.Response response = http.post("/v1/listings",
                Market.listing("p", "ENTERPRISE", "INDUSTRY", "FIXED_PRICE", "1.00", clock.instant()),
                "X-API-KEY", seller.key());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/idempotency-key-missing");
    }

    @Test
    void test_showListing_unknown_is404() {
        assertThat(http.get("/v1/listings/nope", "X-API-KEY", reader.key()).status()).isEqualTo(404);
    }

    @Test
    void test_appraise_quoteOutsideBand_isFlagged() {
        String id = Market.id(createListing("1300.00"));

        Http.Response response = http.post("/v1/listings/" + id + "/appraisals",
                "{\"value\":{\"amount\":\"1000.00\",\"currency\":\"CNY\"},\"method\":\"income\"}", appraiser.headers());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        Map<String, Object> body = response.map();
        assertThat(body.get("flagged")).isEqualTo(true);
        assertThat(new java.math.BigDecimal(Market.obj(body, "lower").get("amount").toString())).isEqualByComparingTo("800.00");
        assertThat(new java.math.BigDecimal(Market.obj(body, "upper").get("amount").toString())).isEqualByComparingTo("1200.00");
        assertThat(((Number) body.get("deviation")).doubleValue()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(TOLERANCE));
        assertThat(body.get("appraiser")).isEqualTo(appraiser.name());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) Market.obj(body, "explanation").get("steps");
        assertThat(steps.get(steps.size() - 1).get("id")).isEqualTo("band.flagged");

        Http.Response listing = http.get("/v1/listings/" + id, "X-API-KEY", reader.key());
        assertThat(Market.obj(listing.map(), "appraisal").get("id")).isEqualTo(body.get("id"));
    }

    @Test
    void test_appraise_quoteInsideBand_notFlagged_customBeta() {
        String id = Market.id(createListing("1100.00"));

        Http.Response response = http.post("/v1/listings/" + id + "/appraisals",
                "{\"value\":{\"amount\":\"1000.00\",\"currency\":\"CNY\"},\"method\":\"cost\",\"beta\":0.1}",
                appraiser.headers());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.map().get("flagged")).isEqualTo(false);
        assertThat(new java.math.BigDecimal(Market.obj(response.map(), "upper").get("amount").toString()))
                .isEqualByComparingTo("1100.00");
        assertThat(((Number) response.map().get("deviation")).doubleValue())
                .isCloseTo(0.1, org.assertj.core.data.Offset.offset(TOLERANCE));
        Http.Response all = http.get("/v1/listings/" + id + "/appraisals", "X-API-KEY", reader.key());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.read(io.micronaut.core.type.Argument.listOf(Object.class))).hasSize(1);
    }

    @Test
    void test_appraise_betaAboveOne_is400() {
        String id = Market.id(createListing("1.00"));
        assertViolation(http.post("/v1/listings/" + id + "/appraisals",
                "{\"value\":{\"amount\":\"1.00\",\"currency\":\"CNY\"},\"method\":\"m\",\"beta\":1.5}",
                appraiser.headers()), "beta");
    }

    @Test
    void test_appraise_betaWithSevenDecimals_is400() {
        String id = Market.id(createListing("1.00"));
        assertViolation(http.post("/v1/listings/" + id + "/appraisals",
                "{\"value\":{\"amount\":\"1.00\",\"currency\":\"CNY\"},\"method\":\"m\",\"beta\":0.1234567}",
                appraiser.headers()), "beta");
    }

    @Test
    void test_appraise_zeroValue_is422() {
        String id = Market.id(createListing("1.00"));
        assertDomainProblem(http.post("/v1/listings/" + id + "/appraisals",
                "{\"value\":{\"amount\":\"0\",\"currency\":\"CNY\"},\"method\":\"m\"}", appraiser.headers()),
                422, "greater-than", "value");
    }

    @Test
    void test_appraise_otherCurrency_is422() {
        String id = Market.id(createListing("1.00"));
        assertDomainProblem(http.post("/v1/listings/" + id + "/appraisals",
                "{\"value\":{\"amount\":\"1.00\",\"currency\":\"USD\"},\"method\":\"m\"}", appraiser.headers()),
                422, "currency-mismatch", "value");
    }

    @Test
    void test_appraise_unknownListing_is404() {
        assertThat(http.post("/v1/listings/nope/appraisals",
                "{\"value\":{\"amount\":\"1.00\",\"currency\":\"CNY\"},\"method\":\"m\"}", appraiser.headers())
                .status()).isEqualTo(404);
    }

    @Test
    void test_appraise_replay_storesOnce() {
        String id = Market.id(createListing("1.00"));
        String key = TestCredentials.idempotencyKey();
        String body = "{\"value\":{\"amount\":\"1.00\",\"currency\":\"CNY\"},\"method\":\"m\"}";

        Http.Response first = http.post("/v1/listings/" + id + "/appraisals", body, appraiser.headers(key));
        Http.Response second = http.post("/v1/listings/" + id + "/appraisals", body, appraiser.headers(key));

        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Market.id(second)).isEqualTo(Market.id(first));
        assertThat(http.get("/v1/listings/" + id + "/appraisals", "X-API-KEY", reader.key()).read(io.micronaut.core.type.Argument.listOf(Object.class))).hasSize(1);
    }

    @Test
    void test_appraise_eachRoleButAppraiser_is403() {
        String id = Market.id(createListing("1.00"));
        String body = "{\"value\":{\"amount\":\"1.00\",\"currency\":\"CNY\"},\"method\":\"m\"}";
        for (Role role : Role.values()) {
            Market.Party caller = Market.party(keys, role);
            Http.Response byKey = http.post("/v1/listings/" + id + "/appraisals", body, caller.headers());
            Http.Response byJwt = http.post("/v1/listings/" + id + "/appraisals", body,
                    "Authorization", "Bearer " + TestCredentials.jwt(role),
                    "Idempotency-Key", TestCredentials.idempotencyKey());
            if (role == Role.APPRAISER) {
                assertThat(byKey.status()).as(byKey.body()).isEqualTo(201);
                assertThat(byJwt.status()).as(byJwt.body()).isEqualTo(201);
            } else {
                assertThat(byKey.status()).as(role.name()).isEqualTo(403);
                assertThat(byKey.problem().type()).isEqualTo("https://dataprice.org/problems/forbidden");
                assertThat(byJwt.status()).as(role.name()).isEqualTo(403);
            }
        }
    }

    @Test
    void test_tradingEndpoints_anyRoleMayList_jwtSubjectIsSeller() {
        for (Role role : Role.values()) {
            String token = TestCredentials.jwt("jwt-seller-" + role, java.time.Instant.now().plusSeconds(600),
                    TestCredentials.JWT_SECRET, role);
            Http.Response response = http.post("/v1/listings",
                    Market.listing("p", "ENTERPRISE", "INDUSTRY", "FIXED_PRICE", "1.00", clock.instant()),
                    "Authorization", "Bearer " + token, "Idempotency-Key", TestCredentials.idempotencyKey());
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            assertThat(response.map().get("sellerId")).as("JWT principals are jwt:<sub>").isEqualTo("jwt:jwt-seller-" + role);
        }
    }

    @Test
    void test_everyMarketEndpoint_withoutCredentials_is401() {
        List<String[]> endpoints = List.of(
                new String[]{"POST", "/v1/listings"}, new String[]{"GET", "/v1/listings/x"},
                new String[]{"POST", "/v1/listings/x/appraisals"}, new String[]{"GET", "/v1/listings/x/appraisals"},
                new String[]{"POST", "/v1/negotiations"}, new String[]{"GET", "/v1/negotiations/x"},
                new String[]{"POST", "/v1/negotiations/x/offers"}, new String[]{"POST", "/v1/negotiations/x/accept"},
                new String[]{"POST", "/v1/negotiations/x/withdraw"}, new String[]{"POST", "/v1/negotiations/x/expire"},
                new String[]{"POST", "/v1/auctions"}, new String[]{"GET", "/v1/auctions/x"},
                new String[]{"POST", "/v1/auctions/x/bids"}, new String[]{"POST", "/v1/auctions/x/close"},
                new String[]{"GET", "/v1/deals"}, new String[]{"GET", "/v1/deals/x"});
        for (String[] endpoint : endpoints) {
            Http.Response response = http.send(endpoint[0], endpoint[1], endpoint[0].equals("POST") ? "{}" : null,
                    "Idempotency-Key", TestCredentials.idempotencyKey());
            assertThat(response.status()).as(endpoint[0] + " " + endpoint[1]).isEqualTo(401);
            assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/unauthorized");
        }
    }
}
