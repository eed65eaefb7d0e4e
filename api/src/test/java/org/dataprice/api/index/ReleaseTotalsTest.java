package org.dataprice.api.index;

import io.micronaut.context.annotation.Property;
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
import org.dataprice.index.release.NewVintage;
import org.dataprice.index.release.ReleaseCalculator;
import org.dataprice.index.release.ReleaseTrades;
import org.dataprice.index.series.IndexObservation;
import org.dataprice.index.series.IndexSeries;
import org.dataprice.index.transaction.UnitValueAggregator;
import org.dataprice.index.transaction.UnitValueResult;
import org.dataprice.index.transaction.UnitValueRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A release computed from the per-load cell totals ({@link IndexStore#tradeTotals}, the path
 * {@link ReleaseService} takes when the cleaning rule filters no outliers) equals the release computed from
 * every trade ({@link IndexStore#trades}, the path before issue 14) on seeded data: three loads (CSV and JSON
 * lines), a single JSON trade, and corrections of every kind that today's release path applies (void, a whole
 * cell voided, price, quantity and product amended, a trade moved out of the months read and one moved in, a
 * trade corrected twice). Equal means: the same series, periods, statuses, transaction count and corrections,
 * and every value within 10<sup>-12</sup> relative (the sums are added in another order); the release published
 * over HTTP (the totals path) matches the row-path computation to the same tolerance. Also on PostgreSQL
 * ({@link ReleaseTotalsPostgresTest}).
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "64MB")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseTotalsTest {
    private static final double RELATIVE = 1e-12;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;
    @Inject
    IndexStore store;
    @Inject
    IndexDefinitionService definitions;

    Http http;
    String publisher;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        if (publisher == null) {
            publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);
        }
        clock.set(Instant.parse("2025-03-01T00:00:00Z"));
    }

    private Http.Response post(String path, String body, String contentType) {
        return http.postBytes(path, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "X-API-KEY", publisher,
                "Content-Type", contentType, Idempotent.HEADER, TestCredentials.idempotencyKey());
    }

    /** Seeded trades of 2024-01..2025-03, 40 products (a few traded in one month only). */
    private static String csv(int rows, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder("product_id,period,price,quantity,category\n");
        for (int k = 0; k < rows; k++) {
            int product = rng.nextInt(40);
            int month = product >= 36 ? product - 30 : rng.nextInt(15);
            out.append(product < 20 ? "api-" : "ds-").append(product).append(',')
                    .append(YearMonth.of(2024, 1).plusMonths(month)).append(',')
                    .append(String.format(Locale.ROOT, "%.6f", (10 + product) * (1 + 0.01 * month) * (0.8 + 0.4 * rng.nextDouble())))
                    .append(',').append(String.format(Locale.ROOT, "%.3f", 0.5 + 20 * rng.nextDouble())).append(',')
                    .append(product < 20 ? "API" : "DATASET").append('\n');
        }
        return out.toString();
    }

    private String load(String id, String body, String contentType) {
        Http.Response r = post("/v1/indices/" + id + "/transactions", body, contentType);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.read(LoadResponse.class).loadId();
    }

    private void correct(String id, String ref, String body) {
        Http.Response r = post("/v1/indices/" + id + "/transactions/" + ref + "/corrections", body, "application/json");
        assertThat(r.status()).as(ref + " " + body + " " + r.body()).isEqualTo(201);
    }

    @Test
    void test_releaseFromTotals_equalsReleaseFromTrades_withCorrections() {
        String id = "dmi-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post("/v1/indices", IndexFixtures.definition(id, "geks-fisher", "{}"), "application/json").status())
                .isEqualTo(201);
        String first = load(id, csv(3_000, 11), "text/csv");
        String second = load(id, csv(2_000, 12), "text/csv");
        StringBuilder lines = new StringBuilder();
        for (String row : csv(500, 13).split("\n")) {
            if (!row.startsWith("product_id")) {
                String[] f = row.split(",");
                lines.append("{\"product_id\":\"").append(f[0]).append("\",\"period\":\"").append(f[1]).append("\",\"price\":")
                        .append(f[2]).append(",\"quantity\":").append(f[3]).append(",\"category\":\"").append(f[4]).append("\"}\n");
            }
        }
        load(id, lines.toString(), "application/x-ndjson");
        assertThat(post("/v1/indices/" + id + "/transactions",
                "{\"productId\":\"api-3\",\"period\":\"2024-04\",\"price\":13.5,\"quantity\":2,\"category\":\"API\"}",
                "application/json").status()).isEqualTo(201);

        String[] csvRows = csv(3_000, 11).split("\n");
        for (int line = 2; line <= 40; line += 3) {
            correct(id, first + ":" + line, "{\"action\":\"VOID\",\"reason\":\"duplicate\"}");
        }
        correct(id, first + ":41", "{\"action\":\"AMEND\",\"reason\":\"fen\",\"price\":999.5}");
        correct(id, first + ":41", "{\"action\":\"AMEND\",\"reason\":\"again\",\"quantity\":3}");
        correct(id, first + ":42", "{\"action\":\"AMEND\",\"reason\":\"wrong product\",\"productId\":\"api-new\"}");
        int early = 43; // the first row after the corrected ones whose month is before 2025-01
        while (csvRows[early].split(",")[1].compareTo("2025-01") >= 0) {
            early++;
        }
        correct(id, first + ":" + (early + 1), "{\"action\":\"AMEND\",\"reason\":\"later\",\"period\":\"2025-03\"}");
        String[] secondRows = csv(2_000, 12).split("\n");
        int late = 1;
        while (secondRows[late].split(",")[1].compareTo("2025-01") <= 0) {
            late++;
        }
        correct(id, second + ":" + (late + 1), "{\"action\":\"AMEND\",\"reason\":\"earlier\",\"period\":\"2024-02\"}");
        // every trade of one cell voided: the cell (and, if it is its only month, the product) disappears
        String cellProduct = csvRows[50].split(",")[0];
        String cellMonth = csvRows[50].split(",")[1];
        for (int k = 1; k < csvRows.length; k++) {
            String[] f = csvRows[k].split(",");
            int line = k + 1;
            boolean corrected = line <= 43 && ((line - 2) % 3 == 0 || line >= 41) || line == early + 1;
            if (f[0].equals(cellProduct) && f[1].equals(cellMonth) && !corrected) {
                correct(id, first + ":" + (k + 1), "{\"action\":\"VOID\",\"reason\":\"test cell\"}");
            }
        }

        IndexDefinition def = definitions.get(id);
        NewVintage fromTrades = null;
        for (YearMonth upTo : List.of(YearMonth.of(2024, 6), YearMonth.of(2025, 1), YearMonth.of(2025, 3))) {
            IndexStore.Trades rows = store.trades(id, upTo);
            IndexStore.TradeTotals totals = store.tradeTotals(id, upTo);
            ReleaseTrades a = ReleaseTrades.ofColumns(rows.periods(), rows.products(), rows.price(), rows.quantity(),
                    rows.categories(), rows.corrections(), Map.of());
            ReleaseTrades b = ReleaseTrades.ofTotals(totals.totals(), totals.categories(), totals.corrections(), Map.of());
            assertThat(b.size()).as(upTo.toString()).isEqualTo(a.size());
            assertThat(b.categories()).isEqualTo(a.categories());
            for (int min : new int[] {1, 3}) { // thin cells: a rule some definitions have
                UnitValueRule rule = new UnitValueRule(0, Double.MAX_VALUE, min);
                UnitValueResult ua = UnitValueAggregator.DEFAULT.compute(a.table().orElseThrow(), rule);
                UnitValueResult ub = UnitValueAggregator.DEFAULT.compute(totals.totals(), rule);
                assertThat(ub.panel().products()).isEqualTo(ua.panel().products());
                assertThat(ub.panel().periods()).isEqualTo(ua.panel().periods());
                assertThat(ub.panel().presence()).isEqualTo(ua.panel().presence());
                assertThat(ub.transactionsPerPeriod()).isEqualTo(ua.transactionsPerPeriod());
                assertClose(ub.panel().prices(), ua.panel().prices(), upTo + " min " + min);
                assertClose(ub.panel().quantities(), ua.panel().quantities(), upTo + " min " + min);
            }
            NewVintage va = ReleaseCalculator.DEFAULT.release(def.release(), upTo, LocalDate.of(2025, 4, 1), null, a, null);
            NewVintage vb = ReleaseCalculator.DEFAULT.release(def.release(), upTo, LocalDate.of(2025, 4, 1), null, b, null);
            assertSame(vb, va, upTo.toString());
            if (upTo.equals(YearMonth.of(2025, 1))) {
                fromTrades = va;
            }
        }
        assertThat(fromTrades.explanation().corrections()).hasSizeGreaterThan(15);
        assertThat(store.trades(id, YearMonth.of(2025, 3)).products()).contains("api-new");

        // the release the service publishes (from the totals) is the release from the trades
        Http.Response published = post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-01\"}", "application/json");
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        IndexStore.ReleaseRow row = store.release(id, YearMonth.of(2025, 1)).orElseThrow();
        assertThat(row.transactions()).isEqualTo(fromTrades.transactions());
        List<IndexStore.ObservationRow> stored = store.vintageObservations(id, row.vintage());
        int n = 0;
        for (IndexStore.ObservationRow o : stored) {
            IndexObservation expected = fromTrades.series().get(o.series()).observations().stream()
                    .filter(x -> x.period().equals(o.period())).findFirst().orElseThrow();
            assertThat(Math.abs(o.value() - expected.value())).as(o.toString())
                    .isLessThanOrEqualTo(RELATIVE * Math.abs(expected.value()));
            assertThat(o.status()).isEqualTo(expected.status().sdmxCode());
            n++;
        }
        assertThat(n).isEqualTo(fromTrades.series().values().stream().mapToInt(s -> s.observations().size()).sum());
    }

    private static void assertSame(NewVintage b, NewVintage a, String what) {
        assertThat(b.transactions()).as(what).isEqualTo(a.transactions());
        assertThat(b.series().keySet()).as(what).isEqualTo(a.series().keySet());
        assertThat(b.explanation().corrections()).as(what).isEqualTo(a.explanation().corrections());
        for (Map.Entry<String, IndexSeries> e : a.series().entrySet()) {
            List<IndexObservation> x = e.getValue().observations();
            List<IndexObservation> y = b.series().get(e.getKey()).observations();
            assertThat(y).as(what + " " + e.getKey()).hasSameSizeAs(x);
            for (int k = 0; k < x.size(); k++) {
                assertThat(y.get(k).period()).isEqualTo(x.get(k).period());
                assertThat(y.get(k).status()).isEqualTo(x.get(k).status());
                assertThat(Math.abs(y.get(k).value() - x.get(k).value())).as(what + " " + e.getKey() + " " + x.get(k).period())
                        .isLessThanOrEqualTo(RELATIVE * Math.abs(x.get(k).value()));
            }
        }
    }

    private static void assertClose(double[] b, double[] a, String what) {
        assertThat(b).hasSameSizeAs(a);
        for (int c = 0; c < a.length; c++) {
            assertThat(Math.abs(b[c] - a[c])).as(what + " cell " + c).isLessThanOrEqualTo(RELATIVE * Math.abs(a[c]));
        }
    }
}
