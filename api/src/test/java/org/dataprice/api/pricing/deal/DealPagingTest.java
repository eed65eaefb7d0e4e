package org.dataprice.api.pricing.deal;

import org.dataprice.api.pricing.Market;

import org.dataprice.api.time.TestClock;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.apikey.ApiKeyService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging and the date window of {@code GET /v1/deals}: three deals of one product at 100.00, 200.00
 * and 300.00, ten days apart (the {@code pricing} clock is moved between them).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DealPagingTest {
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
    String product = "page-" + UUID.randomUUID();
    LocalDate first;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        seller = Market.party(keys);
        buyer = Market.party(keys);
        Http.Response listing = http.post("/v1/listings", Market.listing(product, "PERSONAL", "INDUSTRY", "NEGOTIATED",
                "100.00", clock.instant()), seller.headers());
        assertThat(listing.status()).isEqualTo(201);
        first = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        for (String price : List.of("100.00", "200.00", "300.00")) {
            Http.Response opened = http.post("/v1/negotiations", Market.negotiation(Market.id(listing), "BUYER",
                    clock.instant().plus(Duration.ofDays(5)), 10), buyer.headers());
            String neg = Market.id(opened);
            assertThat(http.post("/v1/negotiations/" + neg + "/offers", Market.offer(price), buyer.headers()).status())
                    .isEqualTo(201);
            assertThat(http.post("/v1/negotiations/" + neg + "/accept", null, seller.headers()).status()).isEqualTo(200);
            clock.advance(Duration.ofDays(10));
        }
    }

    private Http.Response deals(String query) {
        return http.get("/v1/deals?productId=" + product + query, buyer.headers());
    }

    private static List<String> prices(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.read(Argument.listOf(DealResponse.class)).stream()
                .map(d -> d.unitPrice().amount().setScale(2).toPlainString()).toList();
    }

    @Test
    void test_list_pages_oldestFirst_withTotalAndNextLink() {
        Http.Response one = deals("&size=2");
        Http.Response two = deals("&size=2&page=1");

        assertThat(one.status()).isEqualTo(200);
        assertThat(prices(one)).containsExactly("100.00", "200.00");
        assertThat(one.header("X-Total-Count")).isEqualTo("3");
        assertThat(one.header("Link")).contains("page=1", "size=2", "rel=\"next\"");
        assertThat(prices(two)).containsExactly("300.00");
        assertThat(two.header("Link")).isNull();
        assertThat(prices(deals(""))).containsExactly("100.00", "200.00", "300.00");
    }

    @Test
    void test_list_dateWindow_inclusive() {
        assertThat(prices(deals("&from=" + first.plusDays(5) + "&to=" + first.plusDays(15)))).containsExactly("200.00");
        assertThat(prices(deals("&from=" + first.plusDays(10)))).containsExactly("200.00", "300.00");
        assertThat(prices(deals("&to=" + first))).containsExactly("100.00");
        assertThat(deals("&from=" + first.plusDays(10)).header("X-Total-Count")).isEqualTo("2");
    }

    @Test
    void test_list_badPaging_is400() {
        assertThat(deals("&size=0").status()).isEqualTo(400);
        assertThat(deals("&size=1001").status()).isEqualTo(400);
        assertThat(deals("&page=-1").status()).isEqualTo(400);
        assertThat(deals("&from=2026-02-30").status()).isEqualTo(400);
    }

    @Test
    void test_list_toBeforeFrom_is422() {
        Http.Response r = deals("&from=2026-03-02&to=2026-03-01");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("to");
        assertThat(r.problem().rule()).isEqualTo("at-least");
    }

    @Test
    void test_list_unknownCategory_is422ListingCategories() {
        Http.Response ok = http.get("/v1/deals?category=PERSONAL&size=1", buyer.headers());
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        for (String query : List.of("/v1/deals?category=personal", "/v1/deals?category=PERSONEL&productId=" + product)) {
            Http.Response r = http.get(query, buyer.headers());
            assertThat(r.status()).as(r.body()).isEqualTo(422);
            assertThat(r.problem().field()).isEqualTo("category");
            assertThat(r.problem().rule()).isEqualTo("unknown");
            assertThat(r.problem().detail()).contains("[PUBLIC, ENTERPRISE, PERSONAL]");
        }
    }

    @Test
    void test_list_noCredentials_is401() {
        assertThat(http.get("/v1/deals?size=1").status()).isEqualTo(401);
    }
}
