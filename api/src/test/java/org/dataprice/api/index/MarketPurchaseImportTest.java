package org.dataprice.api.index;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.time.TestClock;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fixed-price volume purchases store a unit price rounded to the minor unit (1,070.00 for 15,000 calls
 * is stored as 0.07 a call); the index import must use the exact unit value total / quantity instead.
 * Deals are in SEK so that other tests' deals stay out of this index.
 */
@MicronautTest(transactional = false)
class MarketPurchaseImportTest {
    private static final String TIERS = """
            [{"fromVolume":0,"unitPrice":{"amount":"0.10","currency":"SEK"}},
             {"fromVolume":1000,"unitPrice":{"amount":"0.08","currency":"SEK"}},
             {"fromVolume":10000,"unitPrice":{"amount":"0.05","currency":"SEK"}}]""";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock marketClock;

    @Test
    void test_fromDeals_volumePurchase_usesExactUnitValue() {
        Http http = new Http(server.getURL(), json);
        String publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);
        String seller = TestCredentials.key(keys);
        String buyer = TestCredentials.key(keys);
        Instant now = marketClock.instant();
        YearMonth m0 = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        YearMonth m1 = m0.plusMonths(1);
        Http.Response listed = http.post("/v1/listings", """
                {"productId":"%s","category":"ENTERPRISE","use":"INDUSTRY","unit":"PER_CALL","mode":"FIXED_PRICE",
                 "quote":{"amount":"0.10","currency":"SEK"},"validFrom":"%s","validUntil":"%s",
                 "volumeTiers":%s,"subscriptions":[]}"""
                .formatted("calls-" + UUID.randomUUID().toString().substring(0, 8), now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(400)), TIERS), headers(seller));
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        String listing = (String) listed.map().get("id");

        // m0: 15,000 calls = 1000 × 0.10 + 9000 × 0.08 + 5000 × 0.05 = 1,070.00 SEK; exact unit value 0.071333...
        buy(http, listing, 15_000, buyer);
        marketClock.advance(Duration.between(marketClock.instant(), m1.atDay(2).atTime(12, 0).toInstant(ZoneOffset.UTC)));
        // m1: 1,000 calls = 1000 × 0.10 = 100.00 SEK; unit value 0.10
        buy(http, listing, 1_000, buyer);

        String indexId = "buy-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response defined = http.post("/v1/indices", """
                {"id":"%s","nameEn":"Fixed-price calls","nameZh":"按次调用","method":"jevons",
                 "base":{"from":"%s","referenceValue":100},
                 "calendar":[{"period":"%s","releaseAt":"%sT09:30:00Z"}],
                 "embargo":{"timeZone":"UTC","publisherPreview":true},
                 "methodology":{"version":"1.0","text":"Jevons over fixed-price purchases."}}"""
                .formatted(indexId, m0, m1, m1.plusMonths(1).atDay(15)), headers(publisher));
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        Http.Response imported = http.post("/v1/indices/" + indexId + "/transactions/from-deals?from=" + m0.atDay(1)
                + "&to=" + m1.atEndOfMonth() + "&currency=SEK", null, "X-API-KEY", publisher);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.map().get("imported")).isEqualTo(2);

        Http.Response release = http.post("/v1/indices/" + indexId + "/releases", "{\"period\":\"" + m1 + "\"}",
                "X-API-KEY", publisher);
        assertThat(release.status()).as(release.body()).isEqualTo(201);
        // 100 × 0.10 / (1070 / 15000) = 140.19 with the exact unit value; the rounded 0.07 would give 142.86
        assertThat(release.read(IndexViews.Release.class).values()).anySatisfy(v -> {
            assertThat(v.period()).isEqualTo(m1.toString());
            assertThat(v.series()).isEqualTo("COMPOSITE");
            assertThat(v.value()).isEqualTo("140.19");
        });
    }

    private static void buy(Http http, String listing, long volume, String buyer) {
        Http.Response bought = http.post("/v1/listings/" + listing + "/purchases", "{\"volume\":" + volume + "}",
                headers(buyer));
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
    }

    private static String[] headers(String key) {
        return new String[]{"X-API-KEY", key, Idempotent.HEADER, TestCredentials.idempotencyKey()};
    }
}
