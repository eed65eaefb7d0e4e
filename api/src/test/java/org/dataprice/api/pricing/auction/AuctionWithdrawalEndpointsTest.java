package org.dataprice.api.pricing.auction;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.pricing.deadline.DeadlineSweeper;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open auction whose listing a newer negative list prohibits is closed without sale: by the deadline sweep (which
 * used to fail on the refused deal and retry forever) and by the seller's own close. The answer has no winner, no
 * price and no deal, and its explanation cites the list version and entry; the withdrawal is hash-chained. An
 * auction the list does not touch still sells. The test publishes a keyword only its own products carry and
 * re-opens the market afterwards. The database is shared by every test class, and a version may not take effect
 * before the newest one: each version is published effective at max(this context's now, the newest effectiveFrom)
 * (this context's clock moved there if needed), and the clock is set back after the sweep so that no version is left
 * effective in the future of other classes.
 */
@MicronautTest(transactional = false)
@Property(name = "dataprice.pricing.deadline-sweep.initial-delay", value = "1h")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuctionWithdrawalEndpointsTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;
    @Inject
    DeadlineSweeper sweeper;

    Http http;
    Market.Party supervisor;
    Market.Party seller;
    Market.Party bidder;
    Market.Party other;
    String token;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        supervisor = Market.party(keys, Role.SUPERVISOR);
        seller = Market.party(keys);
        bidder = Market.party(keys);
        other = Market.party(keys);
        token = "banned" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterAll
    void openTheMarketAgain() {
        assertThat(publish("[]").status()).isEqualTo(201);
    }

    /** Publishes entries effective at max(now, the newest version's effectiveFrom), moving this clock there. */
    private Http.Response publish(String entries) {
        Instant at = clock.instant();
        for (Object v : (List<?>) http.get("/v1/supervision/negative-list/versions", supervisor.headers())
                .read(io.micronaut.core.type.Argument.listOf(Map.class))) {
            Instant from = Instant.parse(((Map<?, ?>) v).get("effectiveFrom").toString());
            if (from.isAfter(at)) {
                at = from;
            }
        }
        if (at.isAfter(clock.instant())) {
            clock.set(at);
        }
        return http.post("/v1/supervision/negative-list/versions", "{\"effectiveFrom\":\"" + at + "\",\"entries\":"
                + entries + "}", supervisor.headers());
    }

    private String auction(String product) {
        Http.Response l = http.post("/v1/listings", Market.listing(product, "ENTERPRISE", "INDUSTRY", "AUCTION",
                "100.00", clock.instant()), seller.headers());
        assertThat(l.status()).as(l.body()).isEqualTo(201);
        Http.Response r = http.post("/v1/auctions", """
                {"listingId":"%s","format":"VICKREY","reserve":{"amount":"100.00","currency":"CNY"},"deadline":"%s"}"""
                .formatted(Market.id(l), clock.instant().plus(Duration.ofMinutes(10))), seller.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = Market.id(r);
        for (Market.Party p : new Market.Party[] {bidder, other}) {
            assertThat(http.post("/v1/auctions/" + id + "/bids", "{\"amount\":{\"amount\":\"" + (p == bidder ? "500.00"
                    : "400.00") + "\",\"currency\":\"CNY\"}}", p.headers()).status()).isEqualTo(201);
        }
        return id;
    }

    private static void assertProblem(Http.Response r, int status, String rule, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(r.problem().rule()).isEqualTo(rule);
        assertThat(r.problem().field()).isEqualTo(field);
    }

    private static void assertClosedWithoutSale(Map<String, Object> auction, int listVersion) {
        assertThat(auction.get("closed")).isEqualTo(true);
        assertThat(auction.get("winnerId")).isNull();
        assertThat(auction.get("price")).isNull();
        assertThat(auction.get("dealId")).isNull();
        assertThat(auction.get("explanation").toString()).contains("negative list v" + listVersion + " entry NL-BAN")
                .contains("exchange rules §4").contains("auction.noSaleGrounds");
    }

    @Test
    void test_newerNegativeList_closesWithoutSale_bySweepAndBySeller_thenChained() {
        String bySweep = auction("sweep-" + token);
        String bySeller = auction("own-" + token);
        String clean = auction("clean-" + UUID.randomUUID());
        Http.Response published = publish("""
                [{"id":"NL-BAN","kind":"KEYWORD","value":"%s","clause":"exchange rules §4"}]""".formatted(token));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        int version = ((Number) published.map().get("version")).intValue();
        Instant before = clock.instant();
        clock.advance(Duration.ofMinutes(11));

        Http.Response own = http.post("/v1/auctions/" + bySeller + "/close", null, seller.headers());
        sweeper.sweep();
        DeadlineSweeper.Result again = sweeper.sweep();

        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertClosedWithoutSale(own.map(), version);
        Http.Response swept = http.get("/v1/auctions/" + bySweep, seller.headers());
        assertClosedWithoutSale(swept.map(), version);
        assertThat(http.get("/v1/auctions/" + bySweep, bidder.headers()).map().get("explanation").toString())
                .as("stored and read back").contains("NL-BAN");
        assertThat(again.closed()).as("nothing left to retry").isZero();
        Map<String, Object> sold = http.get("/v1/auctions/" + clean, seller.headers()).map();
        assertThat(sold.get("winnerId")).isEqualTo(bidder.name());
        assertThat(sold.get("dealId")).isNotNull();
        assertProblem(http.post("/v1/auctions/" + bySweep + "/close", null, seller.headers()), 422, "invalid-state",
                "closed");
        Http.Response ledgers = http.get("/v1/ledgers/verification", "X-API-KEY", Market.party(keys, Role.ADMIN).key());
        assertThat(ledgers.body()).contains("\"ledger\":\"auction-withdrawals\"").doesNotContain("\"status\":\"BROKEN\"");
        clock.set(before);
    }

    @Test
    void test_sellerClose_beforeDeadline_stillRefused() {
        String word = "early" + UUID.randomUUID().toString().substring(0, 8);
        String id = auction("x-" + word);
        assertThat(publish("""
                [{"id":"NL-BAN","kind":"KEYWORD","value":"%s","clause":"exchange rules §4"}]""".formatted(word))
                .status()).isEqualTo(201);
        assertProblem(http.post("/v1/auctions/" + id + "/close", null, seller.headers()), 422, "at-least", "at");
        assertThat(http.post("/v1/auctions/" + id + "/close", null, bidder.headers()).status()).isEqualTo(403);
    }
}
