package org.dataprice.api.demo;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.ledger.LedgerVerifier;
import org.dataprice.api.valuation.ValuationRequest;
import org.dataprice.api.valuation.ValuationService;
import org.dataprice.api.index.IndexDefinitionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataprice.api.pricing.Market.obj;

/**
 * {@code DATAPRICE_DEMO=true} on a fresh embedded store (issue 13): the demo market is seeded through the services,
 * every seeded thing is reachable over HTTP with the demo keys from {@code demo-keys.json} (the report as HTML and
 * PDF, the index page with at least 13 months, Swagger UI), the ledgers verify, and a restart on the same store seeds
 * nothing (same keys, same counts, same file). A store holding other data is left alone, and a non-embedded store
 * is refused without being touched.
 *
 * <p>Figures by hand: settlement pool = negotiated 1,350,000.00 + auction 1,290,000.00 (Vickrey: the winner's
 * 1,310,000.00 pays the second bid) = 2,640,000.00; valuation cost 1,600,000 × 1.1 × 0.8 = 1,408,000.00.
 */
class DemoSeedTest {
    @TempDir
    Path dir;

    private Map<String, Object> props(String db) {
        Map<String, Object> props = new HashMap<>(TestDatabases.h2(db));
        props.put("micronaut.server.port", -1);
        props.put("dataprice.demo.enabled", "true");
        props.put("dataprice.demo.keys-file", dir.resolve("data/demo-keys.json").toString());
        props.put("dataprice.security.admin-key-file", dir.resolve("data/admin-api-key").toString());
        return props;
    }

    @Test
    void test_demo_seedsAReachableMarket_andARestartSeedsNothing() throws Exception {
        String db = "demo-" + UUID.randomUUID();
        Path file = dir.resolve("data/demo-keys.json");
        String firstFile;
        int keyCount;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props(db), "test")) {
            ApplicationContext ctx = server.getApplicationContext();
            JsonMapper json = ctx.getBean(JsonMapper.class);
            Http http = new Http(server.getURL(), json);
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            firstFile = Files.readString(file, StandardCharsets.UTF_8);
            DemoMarket market = json.readValue(firstFile, DemoMarket.class);
            String reader = market.keys().get("reader");
            String valuationId = market.ids().get("valuation");

            // the first three links of the tour
            assertThat(market.links()).containsOnlyKeys("reportHtml", "reportPdf", "indexPage", "swaggerUi");
            assertThat(market.links().get("reportHtml")).endsWith("/v1/valuations/" + valuationId + "/report.html");
            Http.Response html = ok(http.get("/v1/valuations/" + valuationId + "/report.html", "X-API-KEY", reader));
            assertThat(html.contentType()).startsWith("text/html");
            assertThat(html.body()).contains("重庆物流轨迹数据集");
            Http.Response pdf = ok(http.get("/v1/valuations/" + valuationId + "/report.pdf", "X-API-KEY", reader));
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(pdf.body()).startsWith("%PDF-");
            Http.Response page = ok(http.get("/indices/" + DemoScenario.INDEX_ID));
            assertThat(page.contentType()).startsWith("text/html");
            Map<String, Object> data = ok(http.get("/indices/" + DemoScenario.INDEX_ID + "/data.json")).map();
            assertThat(((Number) data.get("count")).intValue()).as("months published").isGreaterThanOrEqualTo(13);
            assertThat(data.get("series_id")).isEqualTo("COMPOSITE");
            YearMonth today = YearMonth.from(Instant.parse(market.seededAt().toString()).atOffset(ZoneOffset.UTC));
            assertThat(data.get("observation_end")).isEqualTo(today.minusMonths(2).atDay(1).toString());
            assertThat(ok(http.get("/indices/" + DemoScenario.INDEX_ID + "/data.csv")).body()).contains("API").contains("DATASET");
            assertThat(ok(http.get("/swagger-ui/index.html")).contentType()).startsWith("text/html");

            // every seeded thing exists and is reachable with the demo keys
            Map<String, String> ids = market.ids();
            Map<String, Object> valuation = ok(http.get("/v1/valuations/" + valuationId, "X-API-KEY", reader)).map();
            assertThat(valuation.get("id")).isEqualTo(valuationId);
            Map<String, Object> listing = ok(http.get("/v1/listings/" + ids.get("listing"), "X-API-KEY", reader)).map();
            assertThat(obj(obj(listing, "appraisal"), "valuation")).containsEntry("id", valuationId);
            ok(http.get("/v1/listings/" + ids.get("auctionListing"), "X-API-KEY", reader));
            Map<String, Object> negotiation = ok(http.get("/v1/negotiations/" + ids.get("negotiation"),
                    "X-API-KEY", market.keys().get("buyer"))).map();
            assertThat(negotiation.get("dealId")).isEqualTo(ids.get("negotiationDeal"));
            Map<String, Object> auction = ok(http.get("/v1/auctions/" + ids.get("auction"),
                    "X-API-KEY", market.keys().get("seller"))).map();
            assertThat(auction.get("dealId")).isEqualTo(ids.get("auctionDeal"));
            assertThat(amount(obj(auction, "price"))).isEqualByComparingTo("1290000.00");
            assertThat(amount(obj(ok(http.get("/v1/deals/" + ids.get("negotiationDeal"), "X-API-KEY", market.keys().get("buyer"))).map(),
                    "total"))).isEqualByComparingTo("1350000.00");
            Map<String, Object> settlement = ok(http.get("/v1/settlements/" + ids.get("settlement"),
                    "X-API-KEY", market.keys().get("settlement"))).map();
            Map<String, Object> period = list(settlement, "periods").get(0);
            assertThat(amount(obj(period, "pool"))).isEqualByComparingTo("2640000.00");
            Map<String, Object> drawn = ok(http.get((String) period.get("poolSource"), "X-API-KEY", market.keys().get("settlement"))).map();
            assertThat(list(drawn, "deals")).extracting(d -> d.get("id"))
                    .containsExactlyInAnyOrder(ids.get("negotiationDeal"), ids.get("auctionDeal"));
            Map<String, Object> holder = ok(http.get("/v1/settlements/" + ids.get("settlement") + "/statements/holder",
                    "X-API-KEY", market.keys().get("seller"))).map();
            assertThat(amount(obj(holder, "total"))).isEqualByComparingTo("1320000.00");
            Map<String, Object> index = ok(http.get("/v1/indices/" + DemoScenario.INDEX_ID, "X-API-KEY", reader)).map();
            assertThat(index.toString()).contains("API").contains("DATASET");

            // the ledgers verify, and the keys are the demo's
            assertThat(ctx.getBean(LedgerVerifier.class).verify().status()).isEqualTo("OK");
            keyCount = ctx.getBean(ApiKeyService.class).list().size();
            assertThat(ctx.getBean(DemoSeeder.class).seed()).isEqualTo(DemoSeeder.Outcome.ALREADY_SEEDED);
        }

        // a restart on the same store seeds nothing
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props(db), "test")) {
            ApplicationContext ctx = server.getApplicationContext();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("the keys file is kept").isEqualTo(firstFile);
            assertThat(ctx.getBean(ApiKeyService.class).list()).hasSize(keyCount);
            assertThat(ctx.getBean(ValuationService.class).list(0, 10).total()).isEqualTo(1);
            assertThat(ctx.getBean(DemoSeeder.class).seed()).isEqualTo(DemoSeeder.Outcome.ALREADY_SEEDED);
            assertThat(ctx.getBean(LedgerVerifier.class).verify().status()).isEqualTo("OK");
        }
    }

    @Test
    void test_demo_nonEmbeddedStore_isRefusedUntouched() {
        // the refusal comes before any service is used: none is needed here
        DemoSeeder refused = new DemoSeeder(null, null, null, null, null, null, null, null, null, null, null, null,
                "jdbc:postgresql://db.example:5432/dataprice", false, dir.resolve("demo-keys.json").toString(), 8080);
        assertThat(refused.seed()).isEqualTo(DemoSeeder.Outcome.REFUSED);
        assertThat(dir.resolve("demo-keys.json")).doesNotExist();
    }

    @Test
    void test_demo_disabledByDefault_andAStoreWithDataIsLeftAlone() throws Exception {
        String db = "demo-data-" + UUID.randomUUID();
        Map<String, Object> off = new HashMap<>(TestDatabases.h2(db));
        off.put("dataprice.security.admin-key-file", dir.resolve("data/admin-api-key").toString());
        try (ApplicationContext ctx = ApplicationContext.run(off, "test")) {
            assertThat(ctx.containsBean(DemoSeeder.class)).isFalse();
            // someone's own valuation: the store is no longer empty
            ValuationRequest own = ctx.getBean(JsonMapper.class).readValue(
                    new DemoScenario(Instant.parse("2026-03-10T08:00:00Z")).valuation().replace("DEMO-2026-001", "OWN-1"),
                    ValuationRequest.class);
            ctx.getBean(ValuationService.class).create(own, "test");
        }
        Map<String, Object> on = props(db);
        on.remove("micronaut.server.port");
        try (ApplicationContext ctx = ApplicationContext.run(on, "test")) {
            assertThat(ctx.getBean(DemoSeeder.class).seed()).isEqualTo(DemoSeeder.Outcome.NOT_EMPTY);
            assertThat(ctx.getBean(ValuationService.class).list(0, 10).total()).isEqualTo(1);
            assertThat(ctx.getBean(IndexDefinitionService.class).ids()).isEmpty();
        }
        assertThat(dir.resolve("data/demo-keys.json")).doesNotExist();
    }

    @Test
    void test_scenario_isDeterministic() {
        Instant t = Instant.parse("2026-03-10T08:00:00Z");
        assertThat(new DemoScenario(t).indexTrades()).isEqualTo(new DemoScenario(t).indexTrades());
        assertThat(new DemoScenario(t).releasedPeriods())
                .containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1));
        assertThat(new DemoScenario(t).firstMonth()).isEqualTo(YearMonth.of(2024, 11));
        assertThat(new DemoScenario(t).indexDefinition()).contains("\"releaseAt\":\"2026-02-15T09:30:00+08:00\"");
    }

    private static Http.Response ok(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    private static BigDecimal amount(Map<String, Object> money) {
        return new BigDecimal(money.get("amount").toString());
    }
}
