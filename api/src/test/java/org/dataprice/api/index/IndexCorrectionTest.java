package org.dataprice.api.index;

import org.dataprice.api.time.TestClock;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.dataprice.index.correction.Trade;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP tests of trade corrections (issue 11, "Corrections"): {@code POST
 * /v1/indices/{id}/transactions/{transaction}/corrections}, {@code GET} of one trade's and of all
 * corrections; success (the next release applies them as revisions, listing their ids; published
 * vintages and the trade rows never change), each error (404, 422, 400), 401, 403 and idempotency.
 *
 * <p>The index uses Jevons with a fixed base, so adding a month revises no earlier month: every revision
 * seen after a correction is the correction's effect. Trades of {@link IndexFixtures#csv}: header line 1,
 * 12 rows a month (api-0 k=0, api-0 k=1, api-1 ...), so api-0's first 2024-06 trade (month 5) is line
 * 2 + 12 × 5 = 62, with price 10 × 1.01^5 and quantity 1 + 0 + 0 + 5 % 3 = 3.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexCorrectionTest {
    private static final int LINE_API0_2024_06 = 62;

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

    Http http;
    String publisher;
    String reader;
    String admin;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        if (publisher == null) {
            publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);
            reader = TestCredentials.key(keys, Role.READER);
            admin = TestCredentials.key(keys, Role.ADMIN);
        }
        clock.set(Instant.parse("2025-03-01T00:00:00Z"));
    }

    /** An index with 2024-01..2025-01 loaded (one CSV load) and 2025-01 published; answers id and load id. */
    private String[] released() {
        String id = "cor-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response defined = http.post("/v1/indices", IndexFixtures.definition(id, "jevons", "{}"), "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        String load = loadCsv(id, IndexFixtures.csv(0, 12, 1));
        assertThat(publish(id, "2025-01").status()).isEqualTo(201);
        return new String[] {id, load};
    }

    private String loadCsv(String id, String csv) {
        Http.Response r = http.post("/v1/indices/" + id + "/transactions", csv, "X-API-KEY", publisher, "Content-Type",
                "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.read(LoadResponse.class).loadId();
    }

    private Http.Response publish(String id, String period) {
        return http.post("/v1/indices/" + id + "/releases", "{\"period\":\"" + period + "\"}", "X-API-KEY", publisher);
    }

    private Http.Response correct(String id, String ref, String body, String... auth) {
        String[] headers = auth.length > 0 ? auth
                : new String[] {"X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey()};
        return http.post("/v1/indices/" + id + "/transactions/" + ref + "/corrections", body, headers);
    }

    private static String amendPrice(double price) {
        return "{\"action\":\"AMEND\",\"reason\":\"price keyed in fen (ticket 4711)\",\"price\":" + price + "}";
    }

    private static final String VOID = "{\"action\":\"VOID\",\"reason\":\"loaded twice by mistake\"}";

    private Map<String, String> values(String id, String series, String query) {
        IndexViews.FredSeries s = http.get("/v1/indices/" + id + "/observations?series=" + series + query, "X-API-KEY", reader)
                .read(IndexViews.FredSeries.class);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        s.observations().forEach(o -> out.put(YearMonth.from(o.date()).toString(), o.value()));
        return out;
    }

    // ------------------------------------------------------------------------------------------- success

    @Test
    void test_amend_takesEffectInTheNextRelease_asRevisionOfThatMonthOnly_listingTheCorrection() {
        String[] idLoad = released();
        String id = idLoad[0];
        String ref = idLoad[1] + ":" + LINE_API0_2024_06;
        Trade before = store.trade(id, idLoad[1], LINE_API0_2024_06, null).orElseThrow().trade();
        assertThat(before.productId()).isEqualTo("api-0");
        assertThat(before.period()).isEqualTo(YearMonth.of(2024, 6));
        Map<String, String> published = values(id, "API", "");

        Http.Response created = correct(id, ref, amendPrice(before.price() * 3));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        CorrectionView view = created.read(CorrectionView.class);
        assertThat(view.transaction()).isEqualTo(ref);
        assertThat(view.action()).isEqualTo("AMEND");
        assertThat(view.sequence()).isEqualTo(1);
        assertThat(view.price()).isEqualTo(before.price() * 3);
        assertThat(view.quantity()).isNull();
        assertThat(view.reason()).isEqualTo("price keyed in fen (ticket 4711)");
        assertThat(view.actor()).isNotBlank();
        assertThat(view.appliedIn()).isNull();
        // the published vintage and the trade row never change
        assertThat(values(id, "API", "")).isEqualTo(published);
        assertThat(store.trade(id, idLoad[1], LINE_API0_2024_06, null).orElseThrow().trade()).isEqualTo(before);

        loadCsv(id, IndexFixtures.csv(13, 13, 1));
        Http.Response second = publish(id, "2025-02");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        IndexViews.Release release = second.read(IndexViews.Release.class);
        assertThat(release.corrections()).containsExactly(view.id());
        clock.set(Instant.parse("2025-03-15T01:30:00Z"));

        List<IndexViews.RevisionEntry> revisions = http.get("/v1/indices/" + id + "/revisions", "X-API-KEY", reader)
                .read(Argument.listOf(IndexViews.RevisionEntry.class));
        assertThat(revisions).extracting(r -> r.series() + "@" + r.period())
                .containsExactlyInAnyOrder("API@2024-06", "COMPOSITE@2024-06");
        assertThat(revisions).allSatisfy(r -> {
            assertThat(r.toVintage()).isEqualTo(2);
            assertThat(r.corrections()).containsExactly(view.id());
            assertThat(Double.parseDouble(r.newValue())).isGreaterThan(Double.parseDouble(r.previousValue()));
        });
        Map<String, String> revised = values(id, "API", "");
        assertThat(revised.get("2024-05")).isEqualTo(published.get("2024-05"));
        assertThat(revised.get("2024-06")).isNotEqualTo(published.get("2024-06"));
        // as published on 2025-03-01, the old value stands
        assertThat(values(id, "API", "&asOf=2025-03-01").get("2024-06")).isEqualTo(published.get("2024-06"));

        List<CorrectionView> all = http.get("/v1/indices/" + id + "/corrections", "X-API-KEY", admin)
                .read(Argument.listOf(CorrectionView.class));
        assertThat(all).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(view.id());
            assertThat(c.appliedIn()).isEqualTo(2);
        });
        Http.Response ledgers = http.get("/v1/ledgers/verification", "X-API-KEY", admin);
        assertThat(ledgers.body()).contains("\"status\":\"OK\"", "\"ledger\":\"index-corrections\"");
    }

    @Test
    void test_void_leavesTheTradeOutOfTheNextRelease_andVoidingAgainIs422() {
        String[] idLoad = released();
        String id = idLoad[0];
        String ref = idLoad[1] + ":" + LINE_API0_2024_06;
        int before = http.get("/v1/indices/" + id + "/preview", "X-API-KEY", publisher).read(IndexViews.Release.class)
                .transactions();

        Http.Response voided = correct(id, ref, VOID);
        assertThat(voided.status()).as(voided.body()).isEqualTo(201);
        assertThat(voided.read(CorrectionView.class).action()).isEqualTo("VOID");

        Http.Response again = correct(id, ref, VOID);
        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(again.problem().rule()).isEqualTo("invalid-state");
        assertThat(again.problem().field()).isEqualTo("action");
        assertThat(again.problem().detail()).contains("voided by correction " + voided.read(CorrectionView.class).id(),
                "loaded twice by mistake", "neither voided again nor amended");
        Http.Response amendVoided = correct(id, ref, amendPrice(12));
        assertThat(amendVoided.status()).as(amendVoided.body()).isEqualTo(422);
        assertThat(amendVoided.problem().rule()).isEqualTo("invalid-state");

        loadCsv(id, IndexFixtures.csv(13, 13, 1));
        IndexViews.Release release = publish(id, "2025-02").read(IndexViews.Release.class);
        assertThat(release.transactions()).isEqualTo(before + 12 - 1);
        List<CorrectionView> ofTrade = http.get("/v1/indices/" + id + "/transactions/" + ref + "/corrections",
                "X-API-KEY", publisher).read(Argument.listOf(CorrectionView.class));
        assertThat(ofTrade).singleElement().satisfies(c -> assertThat(c.appliedIn()).isEqualTo(2));
    }

    @Test
    void test_amendPeriod_movesTheTradeOutOfTheMonthsRead() {
        String[] idLoad = released();
        String id = idLoad[0];
        int before = http.get("/v1/indices/" + id + "/preview", "X-API-KEY", publisher).read(IndexViews.Release.class)
                .transactions();
        // move api-0's 2024-06 trades (lines 62, 63) to 2025-03, after the next release's month
        for (int line : new int[] {LINE_API0_2024_06, LINE_API0_2024_06 + 1}) {
            Http.Response r = correct(id, idLoad[1] + ":" + line,
                    "{\"action\":\"amend\",\"reason\":\"wrong month\",\"period\":\"2025-03\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(r.read(CorrectionView.class).period()).isEqualTo("2025-03");
        }
        loadCsv(id, IndexFixtures.csv(13, 13, 1));
        IndexViews.Release release = publish(id, "2025-02").read(IndexViews.Release.class);
        assertThat(release.corrections()).hasSize(2);
        assertThat(release.transactions()).isEqualTo(before + 12 - 2);
    }

    @Test
    void test_amendProduct_newProductKeepsTheTradesCategory_forLaterLoads() {
        String[] idLoad = released();
        String id = idLoad[0];
        Http.Response moved = correct(id, idLoad[1] + ":" + LINE_API0_2024_06,
                "{\"action\":\"AMEND\",\"reason\":\"wrong product code\",\"productId\":\"api-new\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        assertThat(store.productCategories(id)).containsEntry("api-new", "API");
        // a later load may not put the amended product into another category
        Http.Response load = http.post("/v1/indices/" + id + "/transactions",
                "{\"productId\":\"api-new\",\"period\":\"2025-02\",\"price\":10,\"quantity\":1,\"category\":\"DATASET\"}",
                "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(load.status()).as(load.body()).isEqualTo(422);
        assertThat(load.problem().field()).isEqualTo("category");
    }

    // ------------------------------------------------------------------------------------------- errors

    @Test
    void test_unknownTrade_unknownRef_unknownIndex_are404() {
        String[] idLoad = released();
        assertThat(correct(idLoad[0], idLoad[1] + ":9999", VOID).status()).isEqualTo(404);
        assertThat(correct(idLoad[0], UUID.randomUUID() + ":2", VOID).status()).isEqualTo(404);
        Http.Response malformed = correct(idLoad[0], "line-2", VOID);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.problem().detail()).contains("<loadId>:<line>", "deal:<dealId>");
        assertThat(correct(idLoad[0], "deal:no-such-deal", VOID).status()).isEqualTo(404);
        assertThat(correct("no-such-index", idLoad[1] + ":2", VOID).status()).isEqualTo(404);
        assertThat(http.get("/v1/indices/" + idLoad[0] + "/transactions/" + idLoad[1] + ":9999/corrections",
                "X-API-KEY", publisher).status()).isEqualTo(404);
    }

    @Test
    void test_amendBeyondTheTradeBound_is422NamingPrice() {
        String[] idLoad = released();
        String ref = idLoad[1] + ":" + LINE_API0_2024_06;
        // quantity 3: a price of 4e14 is within 1e15 alone, its value 1.2e15 is not
        Http.Response value = correct(idLoad[0], ref, amendPrice(4e14));
        assertThat(value.status()).as(value.body()).isEqualTo(422);
        assertThat(value.problem().field()).isEqualTo("price");
        assertThat(value.problem().detail()).contains("price × quantity", "at most 1e15");
        Http.Response huge = correct(idLoad[0], ref, "{\"action\":\"AMEND\",\"reason\":\"r\",\"price\":1e308}");
        assertThat(huge.status()).as(huge.body()).isEqualTo(422);
        assertThat(huge.problem().field()).isEqualTo("price");
        Http.Response quantity = correct(idLoad[0], ref, "{\"action\":\"AMEND\",\"reason\":\"r\",\"quantity\":0}");
        assertThat(quantity.status()).as(quantity.body()).isEqualTo(422);
        assertThat(quantity.problem().field()).isEqualTo("quantity");
        Http.Response hex = correct(idLoad[0], ref, "{\"action\":\"AMEND\",\"reason\":\"r\",\"price\":\"0x1p3\"}");
        assertThat(hex.status()).as(hex.body()).isIn(400, 422);
        assertThat(hex.body()).contains("price");
        assertThat(http.get("/v1/indices/" + idLoad[0] + "/corrections", "X-API-KEY", publisher).body()).isEqualTo("[]");
    }

    @Test
    void test_badCorrections_are422or400_namingTheField() {
        String[] idLoad = released();
        String ref = idLoad[1] + ":" + LINE_API0_2024_06;
        Http.Response unknown = correct(idLoad[0], ref, "{\"action\":\"DELETE\",\"reason\":\"r\"}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.problem().field()).isEqualTo("action");
        assertThat(unknown.problem().rule()).isEqualTo("unknown");
        assertThat(unknown.problem().detail()).contains("VOID", "AMEND");
        Http.Response nothing = correct(idLoad[0], ref, "{\"action\":\"AMEND\",\"reason\":\"r\"}");
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.problem().field()).isEqualTo("action");
        Http.Response same = correct(idLoad[0], ref, "{\"action\":\"AMEND\",\"reason\":\"r\",\"productId\":\"api-0\"}");
        assertThat(same.status()).isEqualTo(422);
        assertThat(same.problem().detail()).contains("changes nothing");
        Http.Response voidWithValues = correct(idLoad[0], ref, "{\"action\":\"VOID\",\"reason\":\"r\",\"price\":3}");
        assertThat(voidWithValues.status()).isEqualTo(422);
        assertThat(voidWithValues.problem().field()).isEqualTo("action");
        Http.Response otherCategory = correct(idLoad[0], ref, "{\"action\":\"AMEND\",\"reason\":\"r\",\"productId\":\"ds-3\"}");
        assertThat(otherCategory.status()).as(otherCategory.body()).isEqualTo(422);
        assertThat(otherCategory.problem().field()).isEqualTo("productId");
        assertThat(otherCategory.problem().rule()).isEqualTo("inconsistent");
        Http.Response period = correct(idLoad[0], ref, "{\"action\":\"AMEND\",\"reason\":\"r\",\"period\":\"2024-13\"}");
        assertThat(period.status()).isEqualTo(422);
        assertThat(period.problem().field()).isEqualTo("period");
        Http.Response longReason = correct(idLoad[0], ref, "{\"action\":\"VOID\",\"reason\":\"" + "x".repeat(501) + "\"}");
        assertThat(longReason.status()).isEqualTo(422);
        assertThat(longReason.problem().field()).isEqualTo("reason");
        Http.Response noReason = correct(idLoad[0], ref, "{\"action\":\"VOID\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        Http.Response noKey = correct(idLoad[0], ref, VOID, "X-API-KEY", publisher);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(http.get("/v1/indices/" + idLoad[0] + "/corrections", "X-API-KEY", publisher).body()).isEqualTo("[]");
    }

    @Test
    void test_listCorrections_paged_withTotalAndNextLink() {
        String[] idLoad = released();
        for (int line = 2; line <= 4; line++) {
            assertThat(correct(idLoad[0], idLoad[1] + ":" + line, VOID).status()).isEqualTo(201);
        }
        Http.Response first = http.get("/v1/indices/" + idLoad[0] + "/corrections?size=2", "X-API-KEY", publisher);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("X-Total-Count")).isEqualTo("3");
        assertThat(first.header("Link")).contains("page=1", "size=2", "rel=\"next\"");
        // the test clock stands still, so the three share a time and are ordered by id: check the union
        List<CorrectionView> page0 = first.read(Argument.listOf(CorrectionView.class));
        Http.Response second = http.get("/v1/indices/" + idLoad[0] + "/corrections?size=2&page=1", "X-API-KEY", publisher);
        List<CorrectionView> page1 = second.read(Argument.listOf(CorrectionView.class));
        assertThat(page0).hasSize(2);
        assertThat(page1).hasSize(1);
        assertThat(java.util.stream.Stream.concat(page0.stream(), page1.stream()).map(CorrectionView::transaction))
                .containsExactlyInAnyOrder(idLoad[1] + ":2", idLoad[1] + ":3", idLoad[1] + ":4");
        assertThat(page0.get(1).id()).isLessThan(page1.get(0).id());
        assertThat(second.header("Link")).isNull();
        assertThat(http.get("/v1/indices/" + idLoad[0] + "/corrections?size=1001", "X-API-KEY", publisher).status())
                .isEqualTo(400);
        assertThat(http.get("/v1/indices/no-such-index/corrections", "X-API-KEY", publisher).status()).isEqualTo(404);
    }

    // ----------------------------------------------------------------------------------- concurrency

    /**
     * Eight concurrent voids of one trade (different keys): exactly one is stored; each other answers 409
     * (lost the race on the unique sequence) or 422 (saw the void), never a second void or a 500.
     */
    @Test
    void test_concurrentVoids_storeExactlyOne() throws Exception {
        String[] idLoad = released();
        String ref = idLoad[1] + ":" + LINE_API0_2024_06;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return correct(idLoad[0], ref, VOID).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> f : answers) {
                statuses.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(st -> st == 201).hasSize(1);
            assertThat(statuses).allMatch(st -> st == 201 || st == 409 || st == 422, statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertThat(http.get("/v1/indices/" + idLoad[0] + "/corrections", "X-API-KEY", publisher)
                .read(Argument.listOf(CorrectionView.class))).hasSize(1);
    }

    // ----------------------------------------------------------------------------------- idempotency

    @Test
    void test_sameKeySameBody_replays_andStoresOneCorrection_otherBodyIs422() {
        String[] idLoad = released();
        String ref = idLoad[1] + ":" + LINE_API0_2024_06;
        String key = TestCredentials.idempotencyKey();
        Http.Response first = correct(idLoad[0], ref, VOID, "X-API-KEY", publisher, Idempotent.HEADER, key);
        Http.Response replay = correct(idLoad[0], ref, VOID, "X-API-KEY", publisher, Idempotent.HEADER, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(replay.read(CorrectionView.class).id()).isEqualTo(first.read(CorrectionView.class).id());
        assertThat(http.get("/v1/indices/" + idLoad[0] + "/corrections", "X-API-KEY", publisher)
                .read(Argument.listOf(CorrectionView.class))).hasSize(1);
        Http.Response other = correct(idLoad[0], ref, amendPrice(11), "X-API-KEY", publisher, Idempotent.HEADER, key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.problem().type()).endsWith("idempotency-key-reused");
    }

    // ------------------------------------------------------------------------------------------- auth

    @Test
    void test_auth_noKey401_reader403_adminReads() {
        String[] idLoad = released();
        String ref = idLoad[1] + ":" + LINE_API0_2024_06;
        assertThat(http.post("/v1/indices/" + idLoad[0] + "/transactions/" + ref + "/corrections", VOID,
                Idempotent.HEADER, TestCredentials.idempotencyKey()).status()).isEqualTo(401);
        assertThat(correct(idLoad[0], ref, VOID, "X-API-KEY", reader, Idempotent.HEADER, TestCredentials.idempotencyKey())
                .status()).isEqualTo(403);
        assertThat(correct(idLoad[0], ref, VOID, "X-API-KEY", admin, Idempotent.HEADER, TestCredentials.idempotencyKey())
                .status()).isEqualTo(403);
        assertThat(http.get("/v1/indices/" + idLoad[0] + "/corrections").status()).isEqualTo(401);
        assertThat(http.get("/v1/indices/" + idLoad[0] + "/corrections", "X-API-KEY", reader).status()).isEqualTo(403);
        assertThat(http.get("/v1/indices/" + idLoad[0] + "/transactions/" + ref + "/corrections", "X-API-KEY", reader)
                .status()).isEqualTo(403);
        assertThat(http.get("/v1/indices/" + idLoad[0] + "/corrections", "X-API-KEY", admin).status()).isEqualTo(200);
        assertThat(http.get("/v1/indices/" + idLoad[0] + "/transactions/" + ref + "/corrections", "X-API-KEY", admin)
                .status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------------------- unrounded reads

    @Test
    void test_precisionFull_equalsTheStoredDouble_inJsonCsvAndSdmx_defaultStaysRounded() {
        String id = released()[0];
        List<IndexStore.ObservationRow> stored = store.observations(id, 1).stream()
                .filter(o -> o.series().equals("API")).toList();
        Map<String, String> full = values(id, "API", "&precision=full");
        Map<String, String> rounded = values(id, "API", "");
        assertThat(full).hasSize(stored.size());
        for (IndexStore.ObservationRow o : stored) {
            String text = full.get(o.period().toString());
            assertThat(Double.parseDouble(text)).as(o.period().toString()).isEqualTo(o.value());
            assertThat(text).isEqualTo(ValuePrecision.shortest(o.value())).doesNotContain("E");
            assertThat(rounded.get(o.period().toString())).isEqualTo(IndexReadService.format(o.value(), 2));
        }
        // 2025-01 ≈ 100 × 1.01^12 = 112.682503013197 (prices printed with 12 decimals): 2 published decimals by default
        assertThat(rounded.get("2025-01")).isEqualTo("112.68");
        assertThat(full.get("2025-01")).startsWith("112.682503013").hasSizeGreaterThan(15);
        String csv = http.get("/v1/indices/" + id + "/observations?format=csv&series=API&precision=full", "X-API-KEY", reader)
                .body();
        assertThat(csv).contains("API,2025-01," + full.get("2025-01") + ",");
        String sdmx = http.get("/v1/indices/" + id + "/observations?format=sdmx-csv&series=API&precision=FULL",
                "X-API-KEY", reader).body();
        assertThat(sdmx).contains(",API,2025-01," + full.get("2025-01") + ",");
        assertThat(http.get("/v1/indices/" + id + "/observations?format=csv&series=API&precision=published", "X-API-KEY",
                reader).body()).contains("API,2025-01,112.68,");
    }

    @Test
    void test_precisionUnknown_is422ListingTheAllowedValues() {
        String id = released()[0];
        for (String format : new String[] {"json", "csv", "sdmx-csv"}) {
            Http.Response r = http.get("/v1/indices/" + id + "/observations?format=" + format + "&precision=exact",
                    "X-API-KEY", reader);
            assertThat(r.status()).isEqualTo(422);
            Problem p = r.problem();
            assertThat(p.field()).isEqualTo("precision");
            assertThat(p.rule()).isEqualTo("unknown");
            assertThat(p.detail()).contains("published", "full", "exact");
        }
    }
}
