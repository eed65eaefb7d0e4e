package org.dataprice.api.pricing.deadline;

import org.dataprice.api.pricing.Market;

import org.dataprice.api.time.TestClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.apikey.ApiKeyService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline sweep: negotiations and auctions past their deadline are expired / closed without a
 * caller, once, also when two sweeps run at once (two instances). The scheduled trigger is enabled
 * but its first run is an hour away: the test calls {@link DeadlineSweeper#sweep()} after moving the
 * {@code pricing} clock. Vickrey with one bid of 500.00 and reserve 100.00: the lone bidder pays the
 * reserve, 100.00.
 */
@MicronautTest(transactional = false)
@Property(name = "dataprice.pricing.deadline-sweep.enabled", value = "true")
@Property(name = "dataprice.pricing.deadline-sweep.interval", value = "1h")
@Property(name = "dataprice.pricing.deadline-sweep.initial-delay", value = "1h")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineSweepTest {
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
    Market.Party seller;
    Market.Party buyer;
    Market.Party bidder;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        seller = Market.party(keys);
        buyer = Market.party(keys);
        bidder = Market.party(keys);
    }

    private String listing(String mode) {
        Http.Response r = http.post("/v1/listings", Market.listing("sweep-" + UUID.randomUUID(), "ENTERPRISE", "INDUSTRY",
                mode, "1000.00", clock.instant()), seller.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Market.id(r);
    }

    private String negotiation(Duration deadlineIn) {
        Http.Response r = http.post("/v1/negotiations", Market.negotiation(listing("NEGOTIATED"), "BUYER",
                clock.instant().plus(deadlineIn), 10), buyer.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Market.id(r);
    }

    private String auctionWithBid(Duration deadlineIn) {
        Http.Response r = http.post("/v1/auctions", """
                {"listingId":"%s","format":"VICKREY","reserve":{"amount":"100.00","currency":"CNY"},"deadline":"%s"}"""
                .formatted(listing("AUCTION"), clock.instant().plus(deadlineIn)), seller.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = Market.id(r);
        assertThat(http.post("/v1/auctions/" + id + "/bids", "{\"amount\":{\"amount\":\"500.00\",\"currency\":\"CNY\"}}",
                bidder.headers()).status()).isEqualTo(201);
        return id;
    }

    private String status(String negotiationId) {
        return (String) http.get("/v1/negotiations/" + negotiationId, buyer.headers()).map().get("status");
    }

    @Test
    void test_sweep_pastDeadline_expiresAndCloses_once() {
        String neg = negotiation(Duration.ofHours(1));
        String auc = auctionWithBid(Duration.ofHours(1));
        String later = negotiation(Duration.ofDays(30));

        sweeper.sweep();
        assertThat(status(neg)).isEqualTo("OPEN");
        clock.advance(Duration.ofHours(2));
        DeadlineSweeper.Result first = sweeper.sweep();
        DeadlineSweeper.Result second = sweeper.sweep();

        assertThat(first.expired()).isGreaterThanOrEqualTo(1);
        assertThat(first.closed()).isGreaterThanOrEqualTo(1);
        assertThat(second.expired() + second.closed()).isZero();
        assertThat(status(neg)).isEqualTo("EXPIRED");
        assertThat(status(later)).isEqualTo("OPEN");
        var auction = http.get("/v1/auctions/" + auc, bidder.headers()).map();
        assertThat(auction).containsEntry("closed", true).containsEntry("winnerId", bidder.name());
        String dealId = (String) auction.get("dealId");
        assertThat(dealId).isNotNull();
        var deal = http.get("/v1/deals/" + dealId, bidder.headers()).map();
        assertThat(new BigDecimal(Market.obj(deal, "unitPrice").get("amount").toString())).isEqualByComparingTo("100.00");
        // a party's late call meets the closed state
        assertThat(http.post("/v1/auctions/" + auc + "/close", null, seller.headers()).problem().rule())
                .isEqualTo("invalid-state");
    }

    @Test
    void test_sweep_twoInstancesAtOnce_eachItemOnce() throws Exception {
        List<String> negs = new ArrayList<>();
        List<String> aucs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            negs.add(negotiation(Duration.ofHours(1)));
            aucs.add(auctionWithBid(Duration.ofHours(1)));
        }
        clock.advance(Duration.ofHours(2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<DeadlineSweeper.Result> run = sweeper::sweep;
            Future<DeadlineSweeper.Result> a = pool.submit(run);
            Future<DeadlineSweeper.Result> b = pool.submit(run);
            DeadlineSweeper.Result ra = a.get();
            DeadlineSweeper.Result rb = b.get();
            assertThat(ra.expired() + rb.expired()).isGreaterThanOrEqualTo(3);
            assertThat(ra.closed() + rb.closed()).isGreaterThanOrEqualTo(3);
        } finally {
            pool.shutdown();
        }
        for (String id : negs) {
            assertThat(status(id)).isEqualTo("EXPIRED");
        }
        for (String id : aucs) {
            var auction = http.get("/v1/auctions/" + id, bidder.headers()).map();
            assertThat(auction).containsEntry("closed", true);
            assertThat(auction.get("dealId")).isNotNull();
            String all = http.get("/v1/deals", bidder.headers()).body();
            assertThat(all.split("\"sourceId\":\"" + id + "\"", -1).length - 1).as("deals of auction " + id).isEqualTo(1);
        }
    }

    @Test
    void test_active_offUnderTestUnlessEnabled() {
        assertThat(sweeper.active()).isTrue();
        assertThat(DeadlineSweeper.active(null, Set.of("test"))).isFalse();
        assertThat(DeadlineSweeper.active(null, Set.of("prod"))).isTrue();
        assertThat(DeadlineSweeper.active(false, Set.of("prod"))).isFalse();
        assertThat(DeadlineSweeper.active(true, Set.of("test"))).isTrue();
    }
}
