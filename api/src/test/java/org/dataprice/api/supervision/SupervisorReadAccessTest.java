package org.dataprice.api.supervision;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code SUPERVISOR} role reads what parties keep to themselves: a negotiation it is no party to (a stranger
 * with every other role gets 404, as for an unknown id) and an auction's reserve (hidden from bidders).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisorReadAccessTest {
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
    Market.Party supervisor;
    Market.Party stranger;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        seller = Market.party(keys, Role.READER);
        buyer = Market.party(keys);
        supervisor = Market.party(keys, Role.SUPERVISOR);
        stranger = Market.party(keys, Role.ADMIN, Role.APPRAISER, Role.READER, Role.INDEX_PUBLISHER, Role.SETTLEMENT);
    }

    private String listing(String mode) {
        Http.Response r = http.post("/v1/listings", Market.listing("prod-sup-read", "ENTERPRISE", "INDUSTRY", mode,
                "1000.00", clock.instant()), seller.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Market.id(r);
    }

    @Test
    void test_supervisor_readsNegotiationOfOthers_strangerGets404() {
        Http.Response opened = http.post("/v1/negotiations",
                Market.negotiation(listing("NEGOTIATED"), "BUYER", clock.instant().plus(Duration.ofHours(1)), 4),
                buyer.headers());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = Market.id(opened);

        Http.Response bySupervisor = http.get("/v1/negotiations/" + id, "X-API-KEY", supervisor.key());
        Http.Response byStranger = http.get("/v1/negotiations/" + id, "X-API-KEY", stranger.key());

        assertThat(bySupervisor.status()).as(bySupervisor.body()).isEqualTo(200);
        assertThat(bySupervisor.map().get("id")).isEqualTo(id);
        assertThat(byStranger.status()).isEqualTo(404);
    }

    @Test
    void test_supervisor_seesAuctionReserve_bidderDoesNot() {
        String body = "{\"listingId\":\"" + listing("AUCTION") + "\",\"format\":\"VICKREY\","
                + "\"reserve\":{\"amount\":\"100.00\",\"currency\":\"CNY\"},\"deadline\":\""
                + clock.instant().plus(Duration.ofHours(1)) + "\",\"rightsType\":\"REDISTRIBUTION\"}";
        Http.Response opened = http.post("/v1/auctions", body, seller.headers());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = Market.id(opened);

        Http.Response bySupervisor = http.get("/v1/auctions/" + id, "X-API-KEY", supervisor.key());
        Http.Response byOther = http.get("/v1/auctions/" + id, "X-API-KEY", buyer.key());

        assertThat(bySupervisor.status()).isEqualTo(200);
        assertThat(bySupervisor.map().get("reserve")).isNotNull();
        assertThat(byOther.map().get("reserve")).isNull();
    }
}
