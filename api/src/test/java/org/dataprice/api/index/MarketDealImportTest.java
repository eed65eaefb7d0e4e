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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /v1/indices/{id}/transactions/from-deals} end to end: listings, negotiations and deals
 * through the market API, then the import into an index and its release. Deals are in NOK so that
 * deals of other tests sharing the database (CNY) stay out of the index.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketDealImportTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock marketClock;

    Http http;
    String publisher;
    String reader;
    String seller;
    String buyer;
    String product = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    YearMonth m0;
    YearMonth m1;
    String indexId;
    Map<String, Object> firstImport;

    @BeforeAll
    void market() {
        http = new Http(server.getURL(), json);
        publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);
        reader = TestCredentials.key(keys, Role.READER);
        seller = TestCredentials.key(keys);
        buyer = TestCredentials.key(keys);
        Instant now = marketClock.instant();
        m0 = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        m1 = m0.plusMonths(1);
        String listA = listing(product + "-a", "100.00", now);
        String listB = listing(product + "-b", "200.00", now);
        deal(listA, "100.00");
        deal(listB, "200.00");
        Instant target = m1.atDay(2).atTime(12, 0).toInstant(ZoneOffset.UTC);
        marketClock.advance(Duration.between(marketClock.instant(), target));
        deal(listA, "110.00");
        deal(listB, "242.00");

        indexId = "mkt-" + UUID.randomUUID().toString().substring(0, 8);
        String definition = """
                {"id":"%s","nameEn":"Market deals","nameZh":"市场成交","method":"jevons",
                 "base":{"from":"%s","referenceValue":100},
                 "calendar":[{"period":"%s","releaseAt":"%sT09:30:00Z"}],
                 "embargo":{"timeZone":"UTC","publisherPreview":true},
                 "methodology":{"version":"1.0","text":"Jevons over the exchange's own deals."}}
                """.formatted(indexId, m0, m1, m1.plusMonths(1).atDay(15));
        Http.Response defined = http.post("/v1/indices", definition, "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        Http.Response imported = importDeals(indexId, "from=" + m0.atDay(1) + "&to=" + m1.atEndOfMonth() + "&currency=NOK",
                publisher);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        firstImport = imported.map();
    }

    private String listing(String productId, String quote, Instant now) {
        return listing(productId, quote, now, "NOK");
    }

    private String listing(String productId, String quote, Instant now, String currency) {
        String body = """
                {"productId":"%s","category":"ENTERPRISE","use":"INDUSTRY","unit":"ONE_OFF","mode":"NEGOTIATED",
                 "quote":{"amount":"%s","currency":"%s"},"validFrom":"%s","validUntil":"%s"}"""
                .formatted(productId, quote, currency, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        Http.Response created = http.post("/v1/listings", body, headers(seller));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.map().get("id");
    }

    /** The buyer opens a negotiation and offers the price; the seller accepts: one deal at that price. */
    private void deal(String listingId, String price) {
        deal(listingId, price, "NOK");
    }

    private void deal(String listingId, String price, String currency) {
        Instant deadline = marketClock.instant().plus(Duration.ofDays(10));
        Http.Response opened = http.post("/v1/negotiations", """
                {"listingId":"%s","first":"BUYER","deadline":"%s","maxRounds":10}""".formatted(listingId, deadline),
                headers(buyer));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String neg = (String) opened.map().get("id");
        Http.Response offered = http.post("/v1/negotiations/" + neg + "/offers", """
                {"price":{"amount":"%s","currency":"%s"},"licenceMonths":12,"scope":"DERIVED_PRODUCTS",
                 "frequency":"MONTHLY","delivery":"API"}""".formatted(price, currency), headers(buyer));
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        Http.Response accepted = http.post("/v1/negotiations/" + neg + "/accept", null, headers(seller));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }

    private static String[] headers(String key) {
        return new String[]{"X-API-KEY", key, Idempotent.HEADER, TestCredentials.idempotencyKey()};
    }

    private Http.Response importDeals(String id, String query, String credential) {
        return credential == null
                ? http.post("/v1/indices/" + id + "/transactions/from-deals?" + query, null)
                : http.post("/v1/indices/" + id + "/transactions/from-deals?" + query, null, "X-API-KEY", credential);
    }

    private String window() {
        return "from=" + m0.atDay(1) + "&to=" + m1.atEndOfMonth() + "&currency=NOK";
    }

    @Test
    void test_fromDeals_success_releaseShowsTheDeals() {
        assertThat(firstImport.get("imported")).isEqualTo(4);
        assertThat(firstImport.get("alreadyImported")).isEqualTo(0);
        assertThat(firstImport.get("loadId")).isNotNull();
        assertThat(firstImport.get("from")).isEqualTo(m0.atDay(1).toString());

        Http.Response release = http.post("/v1/indices/" + indexId + "/releases", "{\"period\":\"" + m1 + "\"}",
                "X-API-KEY", publisher);

        // Jevons of the two matched products: 100 × sqrt(110/100 × 242/200) = 100 × sqrt(1.331) = 115.3689...
        assertThat(release.status()).as(release.body()).isEqualTo(201);
        IndexViews.Release r = release.read(IndexViews.Release.class);
        assertThat(r.transactions()).isEqualTo(4);
        assertThat(r.values()).anySatisfy(v -> {
            assertThat(v.period()).isEqualTo(m1.toString());
            assertThat(v.series()).isEqualTo("COMPOSITE");
            assertThat(v.value()).isEqualTo("115.37");
        });
        assertThat(r.values()).anySatisfy(v -> {
            assertThat(v.period()).isEqualTo(m0.toString());
            assertThat(v.value()).isEqualTo("100.00");
        });
    }

    @Test
    void test_fromDeals_repeated_copiesEachDealOnce() {
        Http.Response again = importDeals(indexId, window(), publisher);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.map()).containsEntry("imported", 0).containsEntry("alreadyImported", 4);
        assertThat(again.map().get("loadId")).isNull();
    }

    @Test
    void test_fromDeals_partialWindows_neverOverlap() {
        String id = "mkt-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response defined = http.post("/v1/indices", """
                {"id":"%s","nameEn":"Market deals","nameZh":"市场成交","method":"jevons",
                 "base":{"from":"%s","referenceValue":100},
                 "calendar":[{"period":"%s","releaseAt":"%sT09:30:00Z"}],
                 "embargo":{"timeZone":"UTC","publisherPreview":true},
                 "methodology":{"version":"1.0","text":"x"}}""".formatted(id, m0, m1, m1.plusMonths(1).atDay(15)),
                "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(defined.status()).isEqualTo(201);

        Http.Response first = importDeals(id, "from=" + m0.atDay(1) + "&to=" + m0.atEndOfMonth() + "&currency=NOK", publisher);
        Http.Response whole = importDeals(id, window(), publisher);

        assertThat(first.map()).containsEntry("imported", 2);
        assertThat(whole.map()).containsEntry("imported", 2).containsEntry("alreadyImported", 2);
    }

    @Test
    void test_fromDeals_missingTo_is400() {
        assertThat(importDeals(indexId, "from=" + m0.atDay(1), publisher).status()).isEqualTo(400);
        assertThat(importDeals(indexId, "from=2025-13-01&to=2025-12-31", publisher).status()).isEqualTo(400);
    }

    @Test
    void test_fromDeals_toBeforeFrom_is422() {
        Http.Response response = importDeals(indexId, "from=2025-02-01&to=2025-01-31", publisher);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problem().field()).isEqualTo("to");
        assertThat(response.problem().rule()).isEqualTo("at-least");
    }

    @Test
    void test_fromDeals_badCurrency_is422() {
        Http.Response response = importDeals(indexId, "from=2025-01-01&to=2025-01-31&currency=XYZW", publisher);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problem().field()).isEqualTo("currency");
    }

    @Test
    void test_fromDeals_categoryMapWithoutCategories_is422() {
        Http.Response response = importDeals(indexId, "from=2025-01-01&to=2025-01-31&categoryMap=ENTERPRISE:API", publisher);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problem().field()).isEqualTo("categoryMap");
    }

    @Test
    void test_fromDeals_categoryMap_mapsDealCategories() {
        String id = "mkc-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response defined = http.post("/v1/indices", IndexFixtures.definition(id, "jevons", "{}"),
                "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(defined.status()).isEqualTo(201);

        Http.Response unknown = importDeals(id, window() + "&categoryMap=ENTERPRISE:NOPE", publisher);
        Http.Response unmapped = importDeals(id, window(), publisher);
        Http.Response mapped = importDeals(id, window() + "&categoryMap=ENTERPRISE:API", publisher);

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.problem().field()).isEqualTo("categoryMap");
        assertThat(unknown.problem().rule()).isEqualTo("unknown");
        assertThat(unknown.problem().detail()).contains("[API, ").contains("NOPE");
        assertThat(unmapped.map()).containsEntry("imported", 0);
        assertThat(Market.skipped(unmapped)).containsEntry("category", 4);
        assertThat(mapped.map()).containsEntry("imported", 4);
    }

    /**
     * A deal whose value breaks the bound of one trade (2e15 DKK for one unit, above 1e15: the rule of every
     * CSV and JSON load, TradeValueBound) is left out, counted as {@code trade-value} and named by its id;
     * the deal within the bound is copied. DKK: no other test trades in it.
     */
    @Test
    void test_fromDeals_dealBeyondTheTradeBound_isSkipped_namingTheDeal() {
        String huge = listing(product + "-huge", "2000000000000000.00", marketClock.instant(), "DKK");
        String fine = listing(product + "-fine", "100.00", marketClock.instant(), "DKK");
        deal(huge, "2000000000000000.00", "DKK");
        deal(fine, "100.00", "DKK");
        String id = "mkb-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response defined = http.post("/v1/indices", """
                {"id":"%s","nameEn":"Bound","nameZh":"上限","method":"jevons",
                 "base":{"from":"%s","referenceValue":100},
                 "calendar":[{"period":"%s","releaseAt":"%sT09:30:00Z"}],
                 "embargo":{"timeZone":"UTC","publisherPreview":true},
                 "methodology":{"version":"1.0","text":"t"}}""".formatted(id, m0, m1, m1.plusMonths(1).atDay(15)),
                "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);

        Http.Response imported = importDeals(id, "from=" + m0.atDay(1) + "&to=" + m1.atEndOfMonth() + "&currency=DKK",
                publisher);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        DealImportResponse r = imported.read(DealImportResponse.class);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.skipped()).containsEntry("trade-value", 1);
        assertThat(r.rejected()).singleElement().satisfies(d -> {
            assertThat(d.dealId()).isNotBlank();
            assertThat(d.reason()).isEqualTo("trade-value");
            assertThat(d.detail()).startsWith("deal " + d.dealId() + ": price must be at most 1e15");
        });
        // a repeated import skips it again, naming it again, and copies nothing twice
        DealImportResponse again = importDeals(id, "from=" + m0.atDay(1) + "&to=" + m1.atEndOfMonth() + "&currency=DKK",
                publisher).read(DealImportResponse.class);
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(1);
        assertThat(again.rejected()).extracting(DealImportResponse.RejectedDeal::dealId)
                .containsExactly(r.rejected().get(0).dealId());
    }

    @Test
    void test_fromDeals_unknownIndex_is404() {
        assertThat(importDeals("no-such-index", window(), publisher).status()).isEqualTo(404);
    }

    @Test
    void test_fromDeals_noCredentials_is401() {
        assertThat(importDeals(indexId, window(), null).status()).isEqualTo(401);
    }

    @Test
    void test_fromDeals_reader_is403() {
        assertThat(importDeals(indexId, window(), reader).status()).isEqualTo(403);
        assertThat(importDeals(indexId, window(), TestCredentials.key(keys, Role.ADMIN)).status()).isEqualTo(403);
        assertThat(importDeals(indexId, window(), seller).status()).isEqualTo(403);
    }

    /** Reads the {@code skipped} object of an import answer. */
    static final class Market {
        private Market() {
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> skipped(Http.Response response) {
            return (Map<String, Object>) response.map().get("skipped");
        }
    }
}
