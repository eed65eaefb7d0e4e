package org.dataprice.api.pricing.auction;

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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auctions over HTTP. Reference values are hand-computed from the auction rules (Krishna, Auction
 * Theory, 2nd ed., ch. 2; Vickrey 1961): sealed bids 300, 500, 450 with reserve 100 — Vickrey: the 500
 * bidder pays the second price 450; first price: pays 500; a lone bid of 300 pays the reserve 100 under
 * Vickrey. English with start 100, increment 10: bids 100, 110, then 115 is below 110 + 10 = 120.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuctionEndpointsTest {
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
    Market.Party a;
    Market.Party b;
    Market.Party c;
    String listingId;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        seller = Market.party(keys, Role.READER);
        a = Market.party(keys, Role.READER);
        b = Market.party(keys);
        c = Market.party(keys, Role.APPRAISER);
        Http.Response r = http.post("/v1/listings", Market.listing("prod-auc", "PERSONAL", "INDUSTRY", "AUCTION",
                "100.00", clock.instant()), seller.headers());
        listingId = Market.id(r);
    }

    private String open(String format, String start, String increment, String reserve, Duration deadline) {
        Http.Response r = http.post("/v1/auctions", body(format, start, increment, reserve, deadline), seller.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Market.id(r);
    }

    private String body(String format, String start, String increment, String reserve, Duration deadline) {
        return "{\"listingId\":\"" + listingId + "\",\"format\":\"" + format + "\""
                + (start == null ? "" : ",\"startPrice\":" + money(start))
                + (increment == null ? "" : ",\"increment\":" + money(increment))
                + ",\"reserve\":" + money(reserve) + ",\"deadline\":\"" + clock.instant().plus(deadline) + "\","
                + "\"rightsType\":\"REDISTRIBUTION\"}";
    }

    private static String money(String amount) {
        return "{\"amount\":\"" + amount + "\",\"currency\":\"CNY\"}";
    }

    private Http.Response bid(String id, Market.Party bidder, String amount) {
        return http.post("/v1/auctions/" + id + "/bids", "{\"amount\":" + money(amount) + "}", bidder.headers());
    }

    private static BigDecimal amount(Map<String, Object> body, String key) {
        return new BigDecimal(Market.obj(body, key).get("amount").toString());
    }

    private static void assertProblem(Http.Response response, int status, String rule, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/" + rule);
        assertThat(response.problem().field()).isEqualTo(field);
    }

    @Test
    void test_vickrey_winnerPaysSecondPrice_andDealRecorded() {
        String id = open("VICKREY", null, null, "100.00", Duration.ofMinutes(10));
        assertThat(bid(id, a, "300.00").status()).isEqualTo(201);
        assertThat(bid(id, b, "500.00").status()).isEqualTo(201);
        Http.Response third = bid(id, c, "450.00");
        assertThat(third.status()).isEqualTo(201);
        assertThat((List<?>) third.map().getOrDefault("bids", List.of())).as("sealed until the close").isEmpty();
        assertThat(third.map().get("reserve")).as("reserve hidden from bidders").isNull();
        assertThat(third.map().get("bidCount")).isEqualTo(3);
        assertProblem(http.post("/v1/auctions/" + id + "/close", null, seller.headers()), 422, "at-least", "at");

        clock.advance(Duration.ofMinutes(11));
        assertProblem(bid(id, Market.party(keys), "999.00"), 422, "after-deadline", "at");
        Http.Response closed = http.post("/v1/auctions/" + id + "/close", null, seller.headers());

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        Map<String, Object> body = closed.map();
        assertThat(body.get("winnerId")).isEqualTo(b.name());
        assertThat(amount(body, "price")).isEqualByComparingTo("450.00");
        assertThat((List<?>) body.get("bids")).hasSize(3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) Market.obj(body, "explanation").get("steps");
        assertThat(steps.get(steps.size() - 1).get("id")).isEqualTo("auction.price");
        Http.Response deal = http.get("/v1/deals/" + body.get("dealId"), "X-API-KEY", a.key());
        assertThat(amount(deal.map(), "unitPrice")).isEqualByComparingTo("450.00");
        assertThat(deal.map()).containsEntry("mode", "AUCTION").containsEntry("rightsType", "REDISTRIBUTION")
                .containsEntry("buyerId", b.name()).containsEntry("category", "PERSONAL");
        assertProblem(http.post("/v1/auctions/" + id + "/close", null, seller.headers()), 422, "invalid-state", "closed");
    }

    @Test
    void test_firstPrice_winnerPaysOwnBid() {
        String id = open("FIRST_PRICE", null, null, "100.00", Duration.ofMinutes(10));
        bid(id, a, "300.00");
        bid(id, b, "500.00");
        bid(id, c, "450.00");
        clock.advance(Duration.ofMinutes(11));
        Http.Response closed = http.post("/v1/auctions/" + id + "/close", null, seller.headers());
        assertThat(closed.map().get("winnerId")).isEqualTo(b.name());
        assertThat(amount(closed.map(), "price")).isEqualByComparingTo("500.00");
    }

    @Test
    void test_vickrey_loneBidderPaysReserve_belowReserveNoSale() {
        String id = open("VICKREY", null, null, "100.00", Duration.ofMinutes(10));
        bid(id, a, "300.00");
        String none = open("VICKREY", null, null, "100.00", Duration.ofMinutes(10));
        bid(none, a, "99.99");
        clock.advance(Duration.ofMinutes(11));

        Http.Response lone = http.post("/v1/auctions/" + id + "/close", null, seller.headers());
        assertThat(amount(lone.map(), "price")).isEqualByComparingTo("100.00");
        Http.Response noSale = http.post("/v1/auctions/" + none + "/close", null, seller.headers());
        assertThat(noSale.status()).isEqualTo(200);
        assertThat(noSale.map().get("winnerId")).isNull();
        assertThat(noSale.map().get("dealId")).isNull();
    }

    @Test
    void test_sealed_secondBidBySameBidder_is422Duplicate() {
        String id = open("VICKREY", null, null, "1.00", Duration.ofMinutes(10));
        bid(id, a, "5.00");
        assertProblem(bid(id, a, "6.00"), 422, "duplicate", "bidderId");
    }

    @Test
    void test_english_increment_outOfTurn_andWinnerPaysStandingBid() {
        String id = open("ENGLISH", "100.00", "10.00", "115.00", Duration.ofMinutes(10));
        Http.Response first = bid(id, a, "100.00");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(amount(first.map(), "minimumNextBid")).isEqualByComparingTo("110.00");
        assertThat(bid(id, b, "110.00").status()).isEqualTo(201);
        assertProblem(bid(id, a, "115.00"), 422, "at-least", "amount");
        assertProblem(bid(id, b, "130.00"), 422, "out-of-turn", "bidderId");
        assertThat(bid(id, a, "120.00").status()).isEqualTo(201);
        assertProblem(bid(id, a, "200.00"), 422, "out-of-turn", "bidderId");
        assertProblem(bid(id, c, "129.99"), 422, "at-least", "amount");

        clock.advance(Duration.ofMinutes(11));
        assertProblem(bid(id, c, "500.00"), 422, "after-deadline", "at");
        Http.Response closed = http.post("/v1/auctions/" + id + "/close", null, seller.headers());

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.map().get("winnerId")).isEqualTo(a.name());
        assertThat(amount(closed.map(), "price")).isEqualByComparingTo("120.00");
        assertThat(closed.map().get("dealId")).isNotNull();
        assertThat((List<?>) closed.map().get("bids")).hasSize(3);
    }

    @Test
    void test_close_replayWithSameKey_recordsOneDeal() {
        String id = open("FIRST_PRICE", null, null, "1.00", Duration.ofMinutes(10));
        bid(id, a, "7.00");
        clock.advance(Duration.ofMinutes(11));
        String key = TestCredentials.idempotencyKey();
        Http.Response first = http.post("/v1/auctions/" + id + "/close", null, seller.headers(key));
        Http.Response again = http.post("/v1/auctions/" + id + "/close", null, seller.headers(key));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.map().get("dealId")).isEqualTo(first.map().get("dealId"));
        assertThat(http.get("/v1/auctions/" + id, "X-API-KEY", b.key()).map().get("dealId"))
                .isEqualTo(first.map().get("dealId"));
    }

    @Test
    void test_english_eightConcurrentBidsAtTheMinimum_exactlyOneAccepted() throws Exception {
        String id = open("ENGLISH", "100.00", "10.00", "100.00", Duration.ofMinutes(10));
        List<Market.Party> bidders = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            bidders.add(Market.party(keys));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Http.Response>> futures = new java.util.ArrayList<>();
            for (Market.Party bidder : bidders) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return bid(id, bidder, "100.00");
                }));
            }
            go.countDown();
            int accepted = 0;
            for (java.util.concurrent.Future<Http.Response> f : futures) {
                Http.Response r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                if (r.status() == 201) {
                    accepted++;
                } else {
                    assertThat(r.status()).as(r.body()).isIn(409, 422);
                    if (r.status() == 422) {
                        assertThat(r.problem().rule()).as("below standing + increment").isEqualTo("at-least");
                    }
                }
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        Http.Response show = http.get("/v1/auctions/" + id, "X-API-KEY", seller.key());
        assertThat(show.map().get("bidCount")).isEqualTo(1);
        assertThat(show.map().get("version")).isEqualTo(1);
        assertThat(amount(show.map(), "minimumNextBid")).isEqualByComparingTo("110.00");
    }

    @Test
    void test_english_belowReserve_noSale() {
        String id = open("ENGLISH", "100.00", "10.00", "500.00", Duration.ofMinutes(10));
        bid(id, a, "100.00");
        clock.advance(Duration.ofMinutes(11));
        Http.Response closed = http.post("/v1/auctions/" + id + "/close", null, seller.headers());
        assertThat(closed.map().get("winnerId")).isNull();
        assertThat(closed.map().get("price")).isNull();
    }

    @Test
    void test_english_withoutIncrement_is422() {
        Http.Response r = http.post("/v1/auctions", body("ENGLISH", "100.00", null, "100.00", Duration.ofMinutes(5)),
                seller.headers());
        assertProblem(r, 422, "not-null", "increment");
    }

    @Test
    void test_sealed_withIncrement_is422() {
        Http.Response r = http.post("/v1/auctions", body("VICKREY", null, "1.00", "100.00", Duration.ofMinutes(5)),
                seller.headers());
        assertProblem(r, 422, "invalid-state", "increment");
    }

    @Test
    void test_open_deadlineInPast_is422() {
        Http.Response r = http.post("/v1/auctions", body("VICKREY", null, null, "100.00", Duration.ofMinutes(-5)),
                seller.headers());
        assertProblem(r, 422, "greater-than", "deadline");
    }

    @Test
    void test_open_reserveInOtherCurrency_is422() {
        Http.Response r = http.post("/v1/auctions", body("VICKREY", null, null, "100.00", Duration.ofMinutes(5))
                .replace("CNY", "USD"), seller.headers());
        assertProblem(r, 422, "currency-mismatch", "reserve");
    }

    @Test
    void test_open_missingReserve_is400() {
        String body = body("VICKREY", null, null, "1.00", Duration.ofMinutes(5))
                .replace(",\"reserve\":" + money("1.00"), "");
        Http.Response r = http.post("/v1/auctions", body, seller.headers());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.problem().violations()).extracting(Problem.Violation::field).contains("reserve");
    }

    @Test
    void test_open_negotiatedListing_is422() {
        String negotiated = Market.id(http.post("/v1/listings", Market.listing("p", "ENTERPRISE", "INDUSTRY",
                "NEGOTIATED", "1.00", clock.instant()), seller.headers()));
        Http.Response r = http.post("/v1/auctions", body("VICKREY", null, null, "1.00", Duration.ofMinutes(5))
                .replace(listingId, negotiated), seller.headers());
        assertProblem(r, 422, "invalid-state", "listing.mode");
    }

    @Test
    void test_notTheSeller_is403NotAParty() {
        assertProblem(http.post("/v1/auctions", body("VICKREY", null, null, "1.00", Duration.ofMinutes(5)),
                a.headers()), 403, "not-a-party", "sellerId");
        String id = open("ENGLISH", "1.00", "1.00", "1.00", Duration.ofMinutes(5));
        assertProblem(bid(id, seller, "5.00"), 403, "not-a-party", "bidderId");
        assertProblem(http.post("/v1/auctions/" + id + "/close", null, a.headers()), 403, "not-a-party", "sellerId");
        Http.Response jwt = http.post("/v1/auctions/" + id + "/close", null,
                "Authorization", "Bearer " + TestCredentials.jwt(Role.ADMIN),
                "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(jwt.status()).isEqualTo(403);
    }

    @Test
    void test_bid_replayWithSameKey_appendsOnce_andShowAuction() {
        String id = open("ENGLISH", "1.00", "1.00", "1.00", Duration.ofMinutes(5));
        String key = TestCredentials.idempotencyKey();
        String body = "{\"amount\":" + money("2.00") + "}";
        http.post("/v1/auctions/" + id + "/bids", body, a.headers(key));
        Http.Response again = http.post("/v1/auctions/" + id + "/bids", body, a.headers(key));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");

        Http.Response show = http.get("/v1/auctions/" + id, "X-API-KEY", c.key());
        assertThat(show.status()).isEqualTo(200);
        assertThat(show.map().get("bidCount")).isEqualTo(1);
        assertThat(http.get("/v1/auctions/nope", "X-API-KEY", c.key()).status()).isEqualTo(404);
    }
}
