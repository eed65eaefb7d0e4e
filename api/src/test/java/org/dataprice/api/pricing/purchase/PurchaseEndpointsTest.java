package org.dataprice.api.pricing.purchase;

import org.dataprice.api.pricing.Market;
import org.dataprice.api.pricing.deal.DealResponse;

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
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /v1/listings/{id}/purchases}: buying from a FIXED_PRICE listing. Reference values are
 * hand-computed from the cumulative tier formula fee(q) = Σ_k price_k × max(0, min(q, upper_k) − lower_k)
 * (docs/pricing.md §6; the same bands as the tariff example): bands 0.10 from 0, 0.08 from 1,000, 0.05
 * from 10,000 give fee(15,000) = 1,000 × 0.10 + 9,000 × 0.08 + 5,000 × 0.05 = 1,070.00 and a unit price
 * 1,070 / 15,000 = 0.071333… → 0.07 (half-even to the
 * fen; the deal's total stays the exact 1,070.00). Money compares exactly (TOLERANCE 0).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PurchaseEndpointsTest {
    /** Money is decimal: amounts compare exactly. */
    private static final BigDecimal TOLERANCE = BigDecimal.ZERO;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;
    @Inject
    PurchaseService purchases;

    Http http;
    Market.Party seller;
    Market.Party buyer;
    Market.Party appraiser;

    private static final String TIERS = """
            [{"fromVolume":0,"unitPrice":{"amount":"0.10","currency":"CNY"}},
             {"fromVolume":1000,"unitPrice":{"amount":"0.08","currency":"CNY"}},
             {"fromVolume":10000,"unitPrice":{"amount":"0.05","currency":"CNY"}}]""";
    private static final String SUBS = """
            [{"months":1,"price":{"amount":"90.00","currency":"CNY"}},
             {"months":12,"price":{"amount":"900.00","currency":"CNY"}}]""";

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        seller = Market.party(keys);
        buyer = Market.party(keys);
        appraiser = Market.party(keys, Role.APPRAISER);
    }

    private String listing(String productId, String mode, Instant from, Instant until, String tiers, String subs) {
        Http.Response r = http.post("/v1/listings", """
                {"productId":"%s","category":"ENTERPRISE","use":"INDUSTRY","unit":"PER_CALL","mode":"%s",
                 "quote":{"amount":"0.10","currency":"CNY"},"validFrom":"%s","validUntil":"%s",
                 "volumeTiers":%s,"subscriptions":%s}"""
                .formatted(productId, mode, from, until, tiers, subs), seller.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Market.id(r);
    }

    private String fixedListing(String productId) {
        return listing(productId, "FIXED_PRICE", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(365)), TIERS, SUBS);
    }

    private static void assertDomain(Http.Response r, String rule, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().rule()).isEqualTo(rule);
        assertThat(r.problem().field()).isEqualTo(field);
    }

    @Test
    void test_buy_volume_tieredFeeAndDealRow() {
        String product = "buy-" + UUID.randomUUID();
        String id = fixedListing(product);

        Http.Response r = http.post("/v1/listings/" + id + "/purchases", "{\"volume\":15000}", buyer.headers());

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        PurchaseResponse p = r.read(PurchaseResponse.class);
        assertThat(p.kind()).isEqualTo("VOLUME");
        assertThat(p.volume()).isEqualTo(15000L);
        assertThat(p.fee().amount()).isCloseTo(new BigDecimal("1070.00"), org.assertj.core.data.Offset.offset(TOLERANCE));
        assertThat(p.unitPrice().amount()).isEqualByComparingTo("0.07");
        assertThat(p.buyerId()).isEqualTo(buyer.name());
        DealResponse deal = http.get("/v1/deals/" + p.dealId(), buyer.headers()).read(DealResponse.class);
        assertThat(deal.mode()).isEqualTo("FIXED_PRICE");
        assertThat(deal.sourceId()).isEqualTo(p.id());
        assertThat(deal.productId()).isEqualTo(product);
        assertThat(deal.unit()).isEqualTo("PER_CALL");
        assertThat(deal.quantity()).isEqualByComparingTo("15000");
        assertThat(deal.unitPrice().amount()).isEqualByComparingTo("0.07");
        assertThat(deal.total().amount()).isEqualByComparingTo("1070.00");
        assertThat(deal.sellerId()).isEqualTo(seller.name());
        assertThat(deal.buyerId()).isEqualTo(buyer.name());
    }

    @Test
    void test_buy_volumeWithinFirstBand_feeIsQuoteTimesVolume() {
        String id = fixedListing("buy-" + UUID.randomUUID());

        PurchaseResponse p = http.post("/v1/listings/" + id + "/purchases", "{\"volume\":999}", buyer.headers())
                .read(PurchaseResponse.class);

        // 999 × 0.10 = 99.90
        assertThat(p.fee().amount()).isEqualByComparingTo("99.90");
        assertThat(p.unitPrice().amount()).isEqualByComparingTo("0.10");
    }

    @Test
    void test_buy_subscription_termPriceQuantityOne() {
        String id = fixedListing("buy-" + UUID.randomUUID());

        Http.Response r = http.post("/v1/listings/" + id + "/purchases", "{\"subscription\":\"12\"}",
                buyer.headers());

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        PurchaseResponse p = r.read(PurchaseResponse.class);
        assertThat(p.kind()).isEqualTo("SUBSCRIPTION");
        assertThat(p.months()).isEqualTo(12);
        assertThat(p.volume()).isNull();
        assertThat(p.fee().amount()).isEqualByComparingTo("900.00");
        DealResponse deal = http.get("/v1/deals/" + p.dealId(), buyer.headers()).read(DealResponse.class);
        assertThat(deal.quantity()).isEqualByComparingTo("1");
        assertThat(deal.unitPrice().amount()).isEqualByComparingTo("900.00");
        assertThat(deal.total().amount()).isEqualByComparingTo("900.00");
        List<PurchaseRow> rows = purchases.purchasesOf(id);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).months()).isEqualTo(12);
        assertThat(rows.get(0).dealId()).isEqualTo(p.dealId());
    }

    @Test
    void test_buy_replay_onePurchaseOneDeal() {
        String product = "buy-" + UUID.randomUUID();
        String id = fixedListing(product);
        String key = TestCredentials.idempotencyKey();

        Http.Response first = http.post("/v1/listings/" + id + "/purchases", "{\"volume\":15000}", buyer.headers(key));
        Http.Response replay = http.post("/v1/listings/" + id + "/purchases", "{\"volume\":15000}", buyer.headers(key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Market.id(replay)).isEqualTo(Market.id(first));
        assertThat(purchases.purchasesOf(id)).hasSize(1);
        Http.Response deals = http.get("/v1/deals?productId=" + product, buyer.headers());
        assertThat(deals.header("X-Total-Count")).isEqualTo("1");
        assertThat(deals.read(io.micronaut.core.type.Argument.listOf(DealResponse.class))).singleElement()
                .satisfies(d -> assertThat(d.sourceId()).isEqualTo(Market.id(first)));
    }

    @Test
    void test_buy_invalidBody_is400() {
        String id = fixedListing("buy-" + UUID.randomUUID());

        for (String body : List.of("{\"volume\":0}", "{\"volume\":-5}", "{\"subscription\":\"\"}",
                "{\"volume\":1000000000000000001}")) {
            Http.Response r = http.post("/v1/listings/" + id + "/purchases", body, buyer.headers());
            assertThat(r.status()).as(body + " " + r.body()).isEqualTo(400);
        }
        assertThat(purchases.purchasesOf(id)).isEmpty();
    }

    @Test
    void test_buy_domainErrors_is422WithField() {
        String id = fixedListing("buy-" + UUID.randomUUID());
        String path = "/v1/listings/" + id + "/purchases";

        assertDomain(http.post(path, "{}", buyer.headers()), "invalid-state", "volume");
        assertDomain(http.post(path, "{\"volume\":5,\"subscription\":\"12\"}", buyer.headers()), "invalid-state",
                "volume");
        assertDomain(http.post(path, "{\"subscription\":\"6\"}", buyer.headers()), "unknown", "subscription");
        assertThat(purchases.purchasesOf(id)).isEmpty();
    }

    @Test
    void test_buy_negotiatedListing_is422() {
        String id = listing("buy-" + UUID.randomUUID(), "NEGOTIATED", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(365)), "[]", "[]");

        assertDomain(http.post("/v1/listings/" + id + "/purchases", "{\"volume\":10}", buyer.headers()),
                "invalid-state", "listing.mode");
    }

    @Test
    void test_buy_expiredListing_is422() {
        String id = listing("buy-" + UUID.randomUUID(), "FIXED_PRICE", clock.instant().minus(Duration.ofDays(10)),
                clock.instant().minus(Duration.ofDays(1)), TIERS, SUBS);

        assertDomain(http.post("/v1/listings/" + id + "/purchases", "{\"volume\":10}", buyer.headers()),
                "out-of-range", "at");
    }

    @Test
    void test_buy_flaggedUnjustifiedQuote_is422ThenAllowedAfterJustification() {
        String id = fixedListing("buy-" + UUID.randomUUID());
        // A = 0.05, β = 0.2: band [0.04, 0.06]; the quote 0.10 is flagged
        Http.Response appraisal = http.post("/v1/listings/" + id + "/appraisals",
                "{\"value\":{\"amount\":\"0.05\",\"currency\":\"CNY\"},\"method\":\"cost\",\"beta\":0.2}",
                appraiser.headers());
        assertThat(appraisal.status()).as(appraisal.body()).isEqualTo(201);

        assertDomain(http.post("/v1/listings/" + id + "/purchases", "{\"volume\":10}", buyer.headers()),
                "justification-required", "justification");
        Http.Response justified = http.post("/v1/listings/" + id + "/justification",
                "{\"text\":\"real-time feed\"}", seller.headers());
        assertThat(justified.status()).as(justified.body()).isEqualTo(201);
        assertThat(http.post("/v1/listings/" + id + "/purchases", "{\"volume\":10}", buyer.headers()).status())
                .isEqualTo(201);
    }

    @Test
    void test_buy_sellerOwnListing_is403NotAParty() {
        String id = fixedListing("buy-" + UUID.randomUUID());

        Http.Response r = http.post("/v1/listings/" + id + "/purchases", "{\"volume\":10}", seller.headers());

        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.problem().rule()).isEqualTo("not-a-party");
        assertThat(r.problem().field()).isEqualTo("buyerId");
        assertThat(purchases.purchasesOf(id)).isEmpty();
    }

    @Test
    void test_buy_unknownListing_is404() {
        assertThat(http.post("/v1/listings/nope/purchases", "{\"volume\":10}", buyer.headers()).status())
                .isEqualTo(404);
    }

    @Test
    void test_buy_noCredentials_is401() {
        String id = fixedListing("buy-" + UUID.randomUUID());

        assertThat(http.post("/v1/listings/" + id + "/purchases", "{\"volume\":10}", "Idempotency-Key",
                TestCredentials.idempotencyKey()).status()).isEqualTo(401);
    }

}
