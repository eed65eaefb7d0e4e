package org.dataprice.api.index;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The segment store of bulk loads on the embedded H2 store ({@link TradeSegments}) answers every reader exactly as
 * the rows of {@code index_transaction} do. Seeded property-style cases: the same generated loads written once as
 * segments and once as rows (the PostgreSQL path, {@link IndexStore.TradeWriter}) into two indices with the same
 * definition, the same random corrections applied to both through {@link CorrectionService}; then the trades
 * (as a multiset), the corrected totals, the releases with and without an outlier filter, the trades by
 * {@code <loadId>:<line>}, the coverage, product categories and characteristics, and the corrections must agree
 * (values within 10<sup>-12</sup> relative where sums are added in another order, as {@link ReleaseTotalsTest}).
 * Also: a corrupted segment (flipped byte, truncated body, trailing bytes, a NaN price with a matching checksum)
 * fails the read with {@link TradeSegments.CorruptSegmentException}, and a load spanning many segments and the
 * block file keeps every month a contiguous run and every trade findable.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TradeSegmentsTest {
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
    @Inject
    CorrectionService corrections;
    @Inject
    org.dataprice.api.storage.StorageGuard storage;

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

    /** One generated trade. */
    private record Row(int line, String product, String category, YearMonth period, double price, double quantity,
                       String traits) {
    }

    private static List<Row> rows(SplittableRandom rng, int n, int products, int months) {
        List<Row> out = new ArrayList<>();
        int line = 1;
        for (int k = 0; k < n; k++) {
            line += 1 + (rng.nextInt(10) == 0 ? 1 : 0); // a skipped line now and then, as a CSV with blank lines
            int p = rng.nextInt(products);
            int month = p % 7 == 6 ? p % months : rng.nextInt(months); // a few products in one month only
            boolean api = p % 2 == 0;
            out.add(new Row(line, (api ? "api-" : "ds-") + p, api ? "API" : "DATASET", YearMonth.of(2024, 1).plusMonths(month),
                    (10 + p) * (1 + 0.01 * month) * (0.5 + rng.nextDouble()), 0.5 + 20 * rng.nextDouble(),
                    rng.nextInt(5) == 0 ? null : (p % 3) + ";" + (rng.nextInt(3))));
        }
        return out;
    }

    private String define(String cleaning) {
        String id = "seg-" + UUID.randomUUID().toString().substring(0, 8);
        String body = IndexFixtures.definition(id, "geks-fisher", "{}");
        if (cleaning != null) {
            body = body.replace("\"composite\"", "\"cleaning\":" + cleaning + ",\"composite\"");
        }
        Http.Response r = http.postBytes("/v1/indices", body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "X-API-KEY",
                publisher, "Content-Type", "application/json", Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return id;
    }

    /** Writes a load as segments or as rows, with its load row, as {@link TransactionLoader} does. */
    private String load(String indexId, List<Row> rows, boolean segments) {
        String loadId = UUID.randomUUID().toString();
        try (TradeSpool spool = new TradeSpool(storage)) {
            rows.forEach(r -> spool.add(r.line(), r.product(), r.category(), r.period(), r.price(), r.quantity(), r.traits()));
            store.write(c -> {
                if (segments) {
                    TradeSegments.write(c, indexId, loadId, spool);
                } else {
                    try (IndexStore.TradeWriter out = new IndexStore.TradeWriter(c, indexId, loadId)) {
                        spool.replay(out);
                    }
                }
                IndexStore.insertLoad(c, new IndexStore.LoadRecord(loadId, indexId, "test", UUID.randomUUID().toString(),
                        "-", "CSV", rows.size(), Instant.parse("2025-03-01T00:00:00Z")));
                return null;
            });
        }
        return loadId;
    }

    private int segments(String indexId) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM index_trade_segment WHERE index_id = ?")) {
                s.setString(1, indexId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void test_segmentsAndRows_answerEveryReaderAlike_withCorrections(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        String cleaning = "{\"lowerRelative\":0.25,\"upperRelative\":4,\"minTransactions\":1}";
        String seg = define(cleaning);
        String row = define(cleaning);
        List<List<Row>> loads = new ArrayList<>();
        List<String> segLoads = new ArrayList<>();
        List<String> rowLoads = new ArrayList<>();
        for (int l = 0; l < 3; l++) {
            List<Row> rows = rows(rng, 500 + rng.nextInt(1500), 30, 15);
            loads.add(rows);
            segLoads.add(load(seg, rows, true));
            rowLoads.add(load(row, rows, false));
        }
        assertThat(segments(seg)).isPositive();
        assertThat(segments(row)).isZero();

        // the same random corrections of both (a trade may be corrected twice: the second finds the copy)
        List<String[]> done = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            int l = rng.nextInt(loads.size());
            Row t = loads.get(l).get(rng.nextInt(loads.get(l).size()));
            String body = switch (rng.nextInt(5)) {
                case 0 -> "{\"action\":\"VOID\",\"reason\":\"duplicate\"}";
                case 1 -> "{\"action\":\"AMEND\",\"reason\":\"fen\",\"price\":" + (1 + rng.nextInt(500)) + ".25}";
                case 2 -> "{\"action\":\"AMEND\",\"reason\":\"units\",\"quantity\":" + (1 + rng.nextInt(9)) + "}";
                case 3 -> "{\"action\":\"AMEND\",\"reason\":\"month\",\"period\":\"" + YearMonth.of(2024, 1)
                        .plusMonths(rng.nextInt(15)) + "\"}";
                default -> "{\"action\":\"AMEND\",\"reason\":\"product\",\"productId\":\""
                        + (t.category().equals("API") ? "api-" : "ds-") + "new" + rng.nextInt(3) + "\"}";
            };
            Http.Response a = correct(seg, segLoads.get(l) + ":" + t.line(), body);
            Http.Response b = correct(row, rowLoads.get(l) + ":" + t.line(), body);
            assertThat(a.status()).as(a.body()).isEqualTo(b.status());
            if (a.status() == 201) {
                done.add(new String[] {segLoads.get(l) + ":" + t.line(), rowLoads.get(l) + ":" + t.line()});
            }
        }
        assertThat(store.correctionCount(seg)).isEqualTo(store.correctionCount(row)).isPositive();

        IndexDefinition filtered = definitions.get(seg);
        IndexDefinition plain = definitions.get(define(null));
        for (YearMonth upTo : List.of(YearMonth.of(2024, 6), YearMonth.of(2025, 1), YearMonth.of(2025, 3))) {
            IndexStore.Trades a = store.trades(seg, upTo);
            IndexStore.Trades b = store.trades(row, upTo);
            assertThat(tuples(a)).as(upTo.toString()).isEqualTo(tuples(b));
            assertThat(a.categories()).isEqualTo(b.categories());
            IndexStore.TradeTotals ta = store.tradeTotals(seg, upTo);
            IndexStore.TradeTotals tb = store.tradeTotals(row, upTo);
            assertThat(ta.categories()).isEqualTo(tb.categories());
            for (IndexDefinition def : List.of(filtered, plain)) {
                ReleaseTrades ra = def == filtered
                        ? ReleaseTrades.ofColumns(a.periods(), a.products(), a.price(), a.quantity(), a.categories(),
                                a.corrections(), Map.of())
                        : ReleaseTrades.ofTotals(ta.totals(), ta.categories(), ta.corrections(), Map.of());
                ReleaseTrades rb = def == filtered
                        ? ReleaseTrades.ofColumns(b.periods(), b.products(), b.price(), b.quantity(), b.categories(),
                                b.corrections(), Map.of())
                        : ReleaseTrades.ofTotals(tb.totals(), tb.categories(), tb.corrections(), Map.of());
                NewVintage va = ReleaseCalculator.DEFAULT.release(def.release(), upTo, LocalDate.of(2025, 4, 1), null, ra, null);
                NewVintage vb = ReleaseCalculator.DEFAULT.release(def.release(), upTo, LocalDate.of(2025, 4, 1), null, rb, null);
                assertSame(va, vb, upTo + " " + def.cleaning().filtersOutliers());
            }
            assertThat(store.coverage(seg, upTo)).isEqualTo(store.coverage(row, upTo));
            assertThat(store.productCharacteristics(seg, upTo)).isEqualTo(store.productCharacteristics(row, upTo));
        }
        assertThat(store.productCategories(seg)).isEqualTo(store.productCategories(row));

        // every trade by <loadId>:<line>, corrected or not, and each one's corrections
        for (int l = 0; l < loads.size(); l++) {
            for (int k = 0; k < loads.get(l).size(); k += 53) {
                int line = loads.get(l).get(k).line();
                assertSameTrade(seg, segLoads.get(l), row, rowLoads.get(l), line);
            }
            assertThat(store.trade(seg, segLoads.get(l), 1, null)).isEmpty(); // the header line
            assertThat(store.trade(seg, segLoads.get(l), 1_000_000, null)).isEmpty();
        }
        for (String[] ref : done) {
            assertSameTrade(seg, ref[0].split(":")[0], row, ref[1].split(":")[0], Integer.parseInt(ref[0].split(":")[1]));
            long tradeId = store.trade(seg, ref[0].split(":")[0], Integer.parseInt(ref[0].split(":")[1]), null).orElseThrow()
                    .trade().id();
            assertThat(tradeId).isGreaterThanOrEqualTo(TradeSegments.IDS); // its copy keeps the id it had in the segment
            assertThat(store.correctionRows(seg, tradeId)).isNotEmpty();
            assertThat(corrections.list(seg, ref[0]).stream().map(v -> v.action() + v.price() + v.quantity() + v.productId()
                    + v.period()).toList()).isEqualTo(corrections.list(row, ref[1]).stream()
                    .map(v -> v.action() + v.price() + v.quantity() + v.productId() + v.period()).toList());
        }
    }

    private Http.Response correct(String indexId, String ref, String body) {
        return http.postBytes("/v1/indices/" + indexId + "/transactions/" + ref + "/corrections",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "X-API-KEY", publisher, "Content-Type",
                "application/json", Idempotent.HEADER, TestCredentials.idempotencyKey());
    }

    private void assertSameTrade(String seg, String segLoad, String row, String rowLoad, int line) {
        IndexStore.StoredTrade a = store.trade(seg, segLoad, line, null).orElseThrow();
        IndexStore.StoredTrade b = store.trade(row, rowLoad, line, null).orElseThrow();
        assertThat(a.ref()).isEqualTo(segLoad + ":" + line);
        assertThat(List.of(a.trade().productId(), a.trade().category(), a.trade().period(), a.trade().price(),
                a.trade().quantity())).isEqualTo(List.of(b.trade().productId(), b.trade().category(), b.trade().period(),
                b.trade().price(), b.trade().quantity()));
        assertThat(corrections.trade(seg, segLoad + ":" + line)).usingRecursiveComparison()
                .ignoringFields("indexId", "transaction", "corrections").isEqualTo(corrections.trade(row, rowLoad + ":" + line));
    }

    private static List<String> tuples(IndexStore.Trades t) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            out.add(t.periods().get(k) + "|" + t.products().get(k) + "|" + t.price()[k] + "|" + t.quantity()[k]);
        }
        Collections.sort(out);
        return out;
    }

    private static void assertSame(NewVintage b, NewVintage a, String what) {
        assertThat(b.transactions()).as(what).isEqualTo(a.transactions());
        assertThat(b.series().keySet()).as(what).isEqualTo(a.series().keySet());
        assertThat(b.explanation().corrections()).as(what).hasSameSizeAs(a.explanation().corrections());
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

    // ------------------------------------------------------------------------------------------ corruption

    private String loaded(List<Row> rows) {
        String id = define(null);
        load(id, rows, true);
        store.trades(id, YearMonth.of(2025, 3)); // reads before any damage
        return id;
    }

    @Test
    void test_corruptedSegment_failsEveryRead_withTheSegmentNamed() {
        List<Row> rows = rows(new SplittableRandom(7), 300, 10, 3);
        String flipped = loaded(rows);
        SegmentTamper.flipABit(store, flipped);
        assertThatThrownBy(() -> store.trades(flipped, YearMonth.of(2025, 3)))
                .isInstanceOf(TradeSegments.CorruptSegmentException.class)
                .hasMessageContaining("segment 0 of load").hasMessageContaining("CRC-32");
        assertThatThrownBy(() -> store.trade(flipped, firstLoad(flipped), rows.get(0).line(), null))
                .isInstanceOf(TradeSegments.CorruptSegmentException.class);
        assertThatThrownBy(() -> store.productCharacteristics(flipped, YearMonth.of(2025, 3)))
                .isInstanceOf(TradeSegments.CorruptSegmentException.class);

        String truncated = loaded(rows);
        SegmentTamper.tamper(store, truncated, b -> java.util.Arrays.copyOf(b, b.length - 5), true);
        assertThatThrownBy(() -> store.trades(truncated, YearMonth.of(2025, 3)))
                .isInstanceOf(TradeSegments.CorruptSegmentException.class).hasMessageContaining("ends inside");

        String trailing = loaded(rows);
        SegmentTamper.tamper(store, trailing, b -> java.util.Arrays.copyOf(b, b.length + 3), true);
        assertThatThrownBy(() -> store.trades(trailing, YearMonth.of(2025, 3)))
                .isInstanceOf(TradeSegments.CorruptSegmentException.class).hasMessageContaining("bytes follow");

        String nan = loaded(rows);
        SegmentTamper.tamper(store, nan, b -> { // the first trade's price: after line (4), product (2 + n), category (1 + 2 + n'), month (4)
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
            int at = 4;
            at += 2 + buf.getShort(at);
            at += 1 + 2 + buf.getShort(at + 1);
            at += 4;
            buf.putDouble(at, Double.NaN);
            return b;
        }, true);
        assertThatThrownBy(() -> store.trades(nan, YearMonth.of(2025, 3)))
                .isInstanceOf(TradeSegments.CorruptSegmentException.class).hasMessageContaining("not finite");
    }

    private String firstLoad(String indexId) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT load_id FROM index_trade_segment WHERE index_id = ?")) {
                s.setString(1, indexId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            }
        });
    }

    // ------------------------------------------------------------------------------------------ many segments

    @Test
    void test_loadOfManySegments_keepsMonthsContiguous_andEveryTradeFindable() {
        SplittableRandom rng = new SplittableRandom(99);
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < 80_000; k++) { // ≈ 135 bytes a trade: about 11 MB, a dozen segments; spilled blocks
            int p = rng.nextInt(400);
            rows.add(new Row(k + 2, "product-with-a-long-identifier-of-the-catalogue-of-a-data-exchange-in-shanghai-" + p, p % 2 == 0 ? "API" : "DATASET",
                    YearMonth.of(2024, 1).plusMonths(rng.nextInt(12)), 1 + rng.nextDouble() * 100, 1 + rng.nextInt(9), null));
        }
        String id = define(null);
        String loadId = load(id, rows, true);
        String twin = define(null);
        load(twin, rows, false);

        List<Object[]> metas = store.read(c -> {
            List<Object[]> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT seq, period_from, period_to, row_count, LENGTH(body) "
                    + "FROM index_trade_segment WHERE index_id = ? ORDER BY seq")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Object[] {r.getInt(1), r.getString(2), r.getString(3), r.getInt(4), r.getLong(5)});
                    }
                }
            }
            return out;
        });
        assertThat(metas.size()).isGreaterThanOrEqualTo(8);
        int total = 0;
        String previousTo = "";
        for (int k = 0; k < metas.size(); k++) {
            Object[] m = metas.get(k);
            assertThat(m[0]).isEqualTo(k);
            assertThat((String) m[1]).isLessThanOrEqualTo((String) m[2]).isGreaterThanOrEqualTo(previousTo);
            previousTo = (String) m[2];
            total += (int) m[3];
            if (k < metas.size() - 1) {
                assertThat((long) m[4]).isBetween((long) TradeSegments.SEGMENT,
                        (long) TradeSegments.SEGMENT + TradeSegments.BLOCK + 1000);
            }
        }
        assertThat(total).isEqualTo(rows.size());

        // one month read decodes only the segments of that month
        YearMonth june = YearMonth.of(2024, 6);
        long inJune = rows.stream().filter(r -> r.period().equals(june)).count();
        int[] seen = new int[1];
        store.read(c -> {
            TradeSegments.read(c, id, june, june, java.util.Set.of(), (tid, l, n, p, cat, period, price, q, t) -> {
                assertThat(period).isEqualTo(june);
                seen[0]++;
            });
            return null;
        });
        assertThat(seen[0]).isEqualTo(inJune);

        for (int k = 0; k < rows.size(); k += 9_973) {
            Row r = rows.get(k);
            IndexStore.StoredTrade t = store.trade(id, loadId, r.line(), null).orElseThrow();
            assertThat(List.of(t.trade().productId(), t.trade().period(), t.trade().price(), t.trade().quantity()))
                    .isEqualTo(List.of(r.product(), r.period(), r.price(), r.quantity()));
        }
        TreeMap<YearMonth, IndexStore.Coverage> coverage = new TreeMap<>(store.coverage(id, YearMonth.of(2024, 12)));
        assertThat(coverage).isEqualTo(new TreeMap<>(store.coverage(twin, YearMonth.of(2024, 12))));
        assertThat(coverage.values().stream().mapToLong(IndexStore.Coverage::trades).sum()).isEqualTo(rows.size());
        assertThat(tuples(store.trades(id, YearMonth.of(2024, 12)))).isEqualTo(tuples(store.trades(twin, YearMonth.of(2024, 12))));
    }
}
