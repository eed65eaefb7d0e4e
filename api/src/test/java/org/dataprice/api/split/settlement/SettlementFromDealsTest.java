package org.dataprice.api.split.settlement;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A settlement period's pool drawn from the market's recorded deals: pool = Σ of the deals' totals of the product
 * (or one listing) over the dates, exact; the deal ids are kept and served; every wrong request is a 4xx naming
 * the field.
 */
@MicronautTest(transactional = false)
class SettlementFromDealsTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;

    Http http;
    String settler;
    String product;
    String listingA;
    String listingB;
    List<String> dealIds = new ArrayList<>();
    LocalDate today;

    @BeforeEach
    void setUp() {
        if (http != null) {
            return;
        }
        http = new Http(server.getURL(), json);
        settler = TestCredentials.key(keys, Role.SETTLEMENT);
        String seller = TestCredentials.key(keys);
        String buyer = TestCredentials.key(keys);
        product = "calls-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = clock.instant();
        today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        listingA = list(product, "0.10", seller, now);
        listingB = list(product, "0.25", seller, now);
        String other = list("other-" + UUID.randomUUID().toString().substring(0, 8), "9.99", seller, now);
        dealIds.add(buy(listingA, 1_000, buyer));   // 100.00
        dealIds.add(buy(listingA, 2_345, buyer));   // 234.50
        dealIds.add(buy(listingB, 3, buyer));       //   0.75
        buy(other, 10, buyer);                      // another product: not drawn
    }

    private String list(String productId, String price, String seller, Instant now) {
        Http.Response listed = http.post("/v1/listings", """
                {"productId":"%s","category":"ENTERPRISE","use":"INDUSTRY","unit":"PER_CALL","mode":"FIXED_PRICE",
                 "quote":{"amount":"%s","currency":"CNY"},"validFrom":"%s","validUntil":"%s",
                 "volumeTiers":[],"subscriptions":[]}"""
                .formatted(productId, price, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))), headers(seller));
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        return (String) listed.map().get("id");
    }

    private String buy(String listing, long volume, String buyer) {
        Http.Response bought = http.post("/v1/listings/" + listing + "/purchases", "{\"volume\":" + volume + "}", headers(buyer));
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        return (String) bought.map().get("dealId");
    }

    private static String[] headers(String key) {
        return new String[]{"X-API-KEY", key, Idempotent.HEADER, TestCredentials.idempotencyKey()};
    }

    private Http.Response settle(String currency, String periodSource) {
        return http.post("/v1/settlements", """
                {"currency":"%s","parties":[{"id":"A","principals":[]},{"id":"B","principals":[]}],
                 "periods":[{"label":"P1",%s,"terms":{"dividend":{"basis":"VALUE",
                   "weights":[{"party":"A","weight":"2"},{"party":"B","weight":"1"}]}}}]}""".formatted(currency, periodSource),
                headers(settler));
    }

    private String deals(String listing, LocalDate from, LocalDate to) {
        return "\"deals\":{\"productId\":\"" + product + "\"" + (listing == null ? "" : ",\"listingId\":\"" + listing + "\"")
                + ",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
    }

    /** 100.00 + 234.50 + 0.75 = 335.25 CNY split 2 : 1 → A 223.50, B 111.75; the three deal ids are kept. */
    @Test
    void test_poolIsTheSumOfTheProductsDeals_andTheDealIdsAreKept() {
        assertThat(dealIds).doesNotContainNull();
        Http.Response r = settle("CNY", deals(null, today.minusDays(1), today.plusDays(1)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        SettlementResponse s = r.read(SettlementResponse.class);
        SettlementResponse.PeriodResponse p = s.periods().get(0);
        assertThat(p.pool().amount()).isEqualTo("335.25");
        assertThat(s.totals()).extracting(t -> t.party() + "=" + t.total().amount()).containsExactly("A=223.50", "B=111.75");
        assertThat(p.poolSource()).isEqualTo("/v1/settlements/" + s.id() + "/periods/0/deals");

        Http.Response drawn = http.get(p.poolSource(), "X-API-KEY", settler);
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
        SettlementResponse.PoolSource source = drawn.read(SettlementResponse.PoolSource.class);
        assertThat(source.productId()).isEqualTo(product);
        assertThat(source.dealCount()).isEqualTo(3);
        assertThat(source.deals()).extracting(SettlementResponse.DrawnDeal::id).containsExactlyElementsOf(dealIds);
        assertThat(source.deals()).extracting(SettlementResponse.DrawnDeal::total)
                .allSatisfy(t -> assertThat(t).isIn("100.00", "234.50", "0.75", "100.0000", "234.5000", "0.7500"));
        assertThat(source.pool().amount()).isEqualTo("335.25");
        assertThat(http.get("/v1/settlements/" + s.id(), "X-API-KEY", settler).read(SettlementResponse.class).periods().get(0)
                .poolSource()).isEqualTo(p.poolSource());
    }

    /** One listing's deals only: 100.00 + 234.50 = 334.50. */
    @Test
    void test_listingFilter() {
        Http.Response r = settle("CNY", deals(listingA, today, today));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.read(SettlementResponse.class).periods().get(0).pool().amount()).isEqualTo("334.50");
    }

    @Test
    void test_errors_nameTheField() {
        Http.Response empty = settle("CNY", deals(null, today.plusDays(10), today.plusDays(20)));
        assertThat(empty.status()).as(empty.body()).isEqualTo(422);
        assertThat(empty.map().get("field")).isEqualTo("periods[0].deals");

        Http.Response otherCurrency = settle("USD", deals(null, today, today));
        assertThat(otherCurrency.status()).as(otherCurrency.body()).isEqualTo(422);
        assertThat(otherCurrency.map().get("field")).isEqualTo("periods[0].deals");
        assertThat(otherCurrency.body()).contains(dealIds.get(0));

        Http.Response backwards = settle("CNY", deals(null, today, today.minusDays(1)));
        assertThat(backwards.status()).as(backwards.body()).isEqualTo(422);
        assertThat(backwards.map().get("field")).isEqualTo("periods[0].deals.to");

        Http.Response both = settle("CNY", "\"pool\":\"10.00\"," + deals(null, today, today));
        assertThat(both.status()).as(both.body()).isEqualTo(422);
        assertThat(both.map().get("field")).isEqualTo("periods[0].deals");

        Http.Response neither = settle("CNY", "\"pool\":null");
        assertThat(neither.status()).as(neither.body()).isIn(400, 422);
        assertThat(neither.body()).contains("periods[0].pool");

        Http.Response noProduct = settle("CNY", "\"deals\":{\"from\":\"" + today + "\",\"to\":\"" + today + "\"}");
        assertThat(noProduct.status()).as(noProduct.body()).isEqualTo(400);
        assertThat(noProduct.body()).contains("productId");
    }

    @Test
    void test_typedInPool_hasNoDeals404() {
        Http.Response r = settle("CNY", "\"pool\":\"10.00\"");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        SettlementResponse s = r.read(SettlementResponse.class);
        assertThat(s.periods().get(0).poolSource()).isNull();
        assertThat(http.get("/v1/settlements/" + s.id() + "/periods/0/deals", "X-API-KEY", settler).status()).isEqualTo(404);
        assertThat(http.get("/v1/settlements/" + s.id() + "/periods/1/deals", "X-API-KEY", settler).status()).isEqualTo(404);
        Map<String, Object> unknown = http.get("/v1/settlements/" + UUID.randomUUID() + "/periods/0/deals", "X-API-KEY", settler).map();
        assertThat(unknown.get("status")).isEqualTo(404);
    }
}
