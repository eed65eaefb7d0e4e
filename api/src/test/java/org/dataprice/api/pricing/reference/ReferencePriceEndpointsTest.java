package org.dataprice.api.pricing.reference;

import org.dataprice.api.pricing.Market;

import org.dataprice.api.time.TestClock;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code GET /v1/listings/{id}/reference-price}. Hand-computed with the rule of {@code ReferencePrice}
 * (θ = 0.5, nMature = 30): A = 1000.00; cold start (no deals) → 1000.00; with C = 800.00 the anchor is
 * 0.5 × 800 + 0.5 × 1000 = 900.00. After three deals at 900, 1100 and 1200 (median 1100): w = 3/30 =
 * 0.1 and P = 0.9 × 900 + 0.1 × 1100 = 920.00; with nMature = 3, w = 1 and P = 1100.00; with
 * nMature = 2, w = min(1, 1.5) = 1.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferencePriceEndpointsTest {
    /** w is a double quotient. */
    static final double TOLERANCE = 1e-12;

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
    Market.Party buyer;
    Market.Party appraiser;
    String cold;
    String mature;
    String unappraised;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        seller = Market.party(keys);
        buyer = Market.party(keys);
        appraiser = Market.party(keys, Role.APPRAISER);
        cold = listing("ref-" + UUID.randomUUID());
        mature = listing("ref-" + UUID.randomUUID());
        unappraised = listing("ref-" + UUID.randomUUID());
        appraise(cold);
        appraise(mature);
        for (String price : List.of("900.00", "1100.00", "1200.00")) {
            deal(mature, price);
        }
    }

    private String listing(String product) {
        Http.Response r = http.post("/v1/listings", Market.listing(product, "ENTERPRISE", "INDUSTRY", "NEGOTIATED",
                "1000.00", clock.instant()), seller.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Market.id(r);
    }

    private void appraise(String id) {
        Http.Response r = http.post("/v1/listings/" + id + "/appraisals",
                "{\"value\":{\"amount\":\"1000.00\",\"currency\":\"CNY\"},\"method\":\"income\"}", appraiser.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private void deal(String listingId, String price) {
        Http.Response opened = http.post("/v1/negotiations", Market.negotiation(listingId, "BUYER",
                clock.instant().plus(Duration.ofDays(5)), 10), buyer.headers());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String neg = Market.id(opened);
        assertThat(http.post("/v1/negotiations/" + neg + "/offers", Market.offer(price), buyer.headers()).status())
                .isEqualTo(201);
        assertThat(http.post("/v1/negotiations/" + neg + "/accept", null, seller.headers()).status()).isEqualTo(200);
    }

    private Http.Response reference(String id, String query) {
        return http.get("/v1/listings/" + id + "/reference-price" + query, "X-API-KEY", buyer.key());
    }

    private static BigDecimal price(Http.Response r) {
        return new BigDecimal(Market.obj(r.map(), "price").get("amount").toString());
    }

    @Test
    void test_referencePrice_coldStart_isTheAnchor() {
        Http.Response plain = reference(cold, "");
        Http.Response withCost = reference(cold, "?costAnchor=800.00");

        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(price(plain)).isEqualByComparingTo("1000.00");
        assertThat(plain.map()).containsEntry("deals", 0).containsEntry("scope", "PRODUCT");
        assertThat(((Number) plain.map().get("marketWeight")).doubleValue()).isEqualTo(0.0);
        assertThat(price(withCost)).isEqualByComparingTo("900.00");
    }

    @Test
    @SuppressWarnings("unchecked")
    void test_referencePrice_withDeals_movesTowardTheMedian() {
        Http.Response r = reference(mature, "?costAnchor=800.00");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.map()).containsEntry("deals", 3);
        assertThat(((Number) r.map().get("marketWeight")).doubleValue()).isCloseTo(0.1, within(TOLERANCE));
        assertThat(price(r)).isEqualByComparingTo("920.00");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) Market.obj(r.map(), "explanation").get("steps");
        assertThat(steps.get(steps.size() - 1).get("id")).isEqualTo("reference.price");
        assertThat(price(reference(mature, "?costAnchor=800.00&matureDeals=3"))).isEqualByComparingTo("1100.00");
        assertThat(price(reference(mature, "?matureDeals=2"))).isEqualByComparingTo("1100.00");
        assertThat(price(reference(mature, "?costWeight=1&costAnchor=800.00&matureDeals=6")))
                .isEqualByComparingTo("950.00"); // 0.5 × 800 + 0.5 × 1100
    }

    @Test
    void test_referencePrice_categoryScope_countsComparableProducts() {
        Http.Response r = reference(cold, "?scope=CATEGORY");

        assertThat(r.status()).isEqualTo(200);
        assertThat((Integer) r.map().get("deals")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void test_referencePrice_badQuery_is400() {
        assertThat(reference(cold, "?days=0").status()).isEqualTo(400);
        assertThat(reference(cold, "?costWeight=abc").status()).isEqualTo(400);
    }

    @Test
    void test_referencePrice_unknownScope_is422ListingScopes() {
        Http.Response r = reference(cold, "?scope=WORLD");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("scope");
        assertThat(r.problem().rule()).isEqualTo("unknown");
        assertThat(r.problem().detail()).contains("PRODUCT").contains("CATEGORY").endsWith("was 'WORLD'");
    }

    @Test
    void test_referencePrice_domainErrors_are422WithField() {
        assertThat(reference(cold, "?costWeight=1.5").problem().field()).isEqualTo("costWeight");
        assertThat(reference(cold, "?matureDeals=0").problem().field()).isEqualTo("matureDeals");
        assertThat(reference(cold, "?costAnchor=-1").problem().field()).isEqualTo("costAnchor");
        assertThat(reference(cold, "?costAnchor=1.001").problem().field()).as("the query parameter, not the core's amount")
                .isEqualTo("costAnchor");
        Http.Response none = reference(unappraised, "");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.problem().field()).isEqualTo("appraisal");
    }

    @Test
    void test_referencePrice_noCredentials_is401_unknown_is404() {
        assertThat(http.get("/v1/listings/" + cold + "/reference-price").status()).isEqualTo(401);
        assertThat(reference("nope", "").status()).isEqualTo(404);
        assertThat(TestCredentials.idempotencyKey()).isNotBlank();
    }
}
