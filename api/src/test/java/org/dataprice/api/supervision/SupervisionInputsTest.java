package org.dataprice.api.supervision;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.pricing.PricingExamples;
import org.dataprice.api.pricing.deal.DealRepository;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inputs of {@code price.indexJump} and {@code price.reference} through the API: an index source configured with
 * the rules (versioned, checked, errors on {@code indexSource....}); a listing whose price stays flat while its
 * category's series quadruples raises an index-jump alert — not live (its month is not released yet), but when a deal
 * dated in an earlier month is recorded and in the scan after the release, stored once — a
 * category whose series moves 2 % does not, a month without a published level is skipped and named in the scan's
 * warnings; a deal below half of the listing's appraisal value (inside the appraisal band) raises a reference-price
 * alert, a deal near it does not.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionInputsTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;
    @Inject
    DealMonitoring monitoring;
    @Inject
    DealRepository deals;
    @Inject
    Transactions transactions;

    Http http;
    Market.Party supervisor;
    Market.Party seller;
    Market.Party buyer;
    Market.Party appraiser;
    String publisher;
    String indexId;
    Instant before;

    @BeforeAll
    void setUp() {
        before = clock.instant();
        http = new Http(server.getURL(), json);
        supervisor = Market.party(keys, Role.SUPERVISOR);
        seller = Market.party(keys, Role.READER);
        buyer = Market.party(keys);
        appraiser = Market.party(keys, Role.APPRAISER);
        publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);
        clock.set(Instant.parse("2025-03-20T00:00:00Z"));
        indexId = "supinputs-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response defined = http.post("/v1/indices", definition(indexId), "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        Http.Response loaded = http.post("/v1/indices/" + indexId + "/transactions", csv(), "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
        for (String period : List.of("2025-01", "2025-02")) {
            Http.Response r = http.post("/v1/indices/" + indexId + "/releases", "{\"period\":\"" + period + "\"}",
                    "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    @AfterAll
    void tearDown() {
        // the rules are the market's: leave no index source behind for the other test classes
        post("/v1/supervision/rules", "{\"rules\":[],\"indexSource\":{}}");
        clock.set(before);
    }

    /** Series API and DATASET, base 2024-01 = 100; 2025-01 released on 2025-02-15, 2025-02 on 2025-03-15. */
    private static String definition(String id) {
        return """
                {"id":"%s","nameEn":"Supervision inputs test index","nameZh":"监测输入测试指数",
                 "method":"geks-fisher","parameters":{},
                 "base":{"from":"2024-01","referenceValue":100},
                 "categories":[{"code":"API","nameEn":"Data APIs","nameZh":"数据接口"},
                               {"code":"DATASET","nameEn":"Datasets","nameZh":"数据集"}],
                 "composite":"AGGREGATED","weightPeriod":"2024-01",
                 "calendar":[{"period":"2025-01","releaseAt":"2025-02-15T00:00:00Z"},
                             {"period":"2025-02","releaseAt":"2025-03-15T00:00:00Z"},
                             {"period":"2025-03","releaseAt":"2025-04-15T00:00:00Z"}],
                 "embargo":{"timeZone":"UTC","publisherPreview":true},
                 "methodology":{"version":"1.0","text":"Unit values per product and month."}}
                """.formatted(id);
    }

    /** API prices grow 1 % a month and quadruple in 2025-02; DATASET prices grow 2 % a month. */
    private static String csv() {
        StringBuilder out = new StringBuilder("product_id,period,price,quantity,category\n");
        for (int t = 0; t <= 13; t++) {
            String month = YearMonth.of(2024, 1).plusMonths(t).toString();
            for (int i = 0; i < 6; i++) {
                boolean api = i < 3;
                double price = (10 + 5 * i) * Math.pow(api ? 1.01 : 1.02, t) * (api && t == 13 ? 4 : 1);
                for (int k = 0; k < 2; k++) {
                    out.append(api ? "api-" : "ds-").append(i).append(',').append(month).append(',')
                            .append(String.format(Locale.ROOT, "%.12f", price)).append(',').append(1 + i + k)
                            .append(',').append(api ? "API" : "DATASET").append('\n');
                }
            }
        }
        return out.toString();
    }

    private Http.Response get(String path) {
        return http.get(path, "X-API-KEY", supervisor.key());
    }

    private Http.Response post(String path, String body) {
        return http.post(path, body, supervisor.headers());
    }

    private static void assertProblem(Http.Response response, int status, String rule, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.problem().rule()).as(response.body()).isEqualTo(rule);
        assertThat(response.problem().field()).as(response.body()).isEqualTo(field);
    }

    private List<Map<String, Object>> list(Http.Response r) {
        return r.read(Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    /** A fixed-price listing of the example (0.10 a call, tiers) valid from 2024, in a category. */
    private String listing(String category) {
        String body = PricingExamples.LISTING_FIXED_PRICE.replace("2026-01-01T00:00:00Z", "2024-01-01T00:00:00Z")
                .replace("\"PUBLIC\"", "\"" + category + "\"");
        Http.Response listing = http.post("/v1/listings", body, seller.headers());
        assertThat(listing.status()).as(listing.body()).isEqualTo(201);
        return Market.id(listing);
    }

    private void appraise(String listingId, String value, String beta) {
        Http.Response r = http.post("/v1/listings/" + listingId + "/appraisals",
                "{\"value\":{\"amount\":\"" + value + "\",\"currency\":\"CNY\"},\"method\":\"income\",\"beta\":" + beta
                        + "}", appraiser.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    /** 15,000 calls: 1,070.00, unit 0.0713. */
    private String buy(String listingId, String at) {
        clock.set(Instant.parse(at));
        Http.Response bought = http.post("/v1/listings/" + listingId + "/purchases", PricingExamples.PURCHASE_VOLUME,
                buyer.headers());
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        return (String) bought.map().get("dealId");
    }

    private List<Map<String, Object>> alerts(String dealId, String ruleId) {
        Http.Response r = get("/v1/supervision/alerts?dealId=" + dealId);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return list(r).stream().filter(a -> ruleId.equals(a.get("ruleId"))).toList();
    }

    private int ruleVersion(Map<String, Object> rules, String id) {
        return ((List<?>) rules.get("rules")).stream().map(r -> (Map<?, ?>) r).filter(r -> id.equals(r.get("id")))
                .map(r -> ((Number) r.get("version")).intValue()).findFirst().orElseThrow();
    }

    @Test
    void test_indexJump_fedFromTheConfiguredIndex_dealAndScan() {
        clock.set(Instant.parse("2025-03-20T00:00:00Z"));
        int jumpBefore = ruleVersion(get("/v1/supervision/rules").map(), "price.indexJump");
        Http.Response configured = post("/v1/supervision/rules", "{\"rules\":[],\"indexSource\":{\"index\":\""
                + indexId + "\",\"categories\":[{\"category\":\"PUBLIC\",\"series\":\"API\"},"
                + "{\"category\":\"ENTERPRISE\",\"series\":\"DATASET\"}]}}");
        assertThat(configured.status()).as(configured.body()).isEqualTo(201);
        assertThat(Market.obj(configured.map(), "indexSource").get("index")).isEqualTo(indexId);
        assertThat(ruleVersion(configured.map(), "price.indexJump")).isEqualTo(jumpBefore + 1);
        assertThat(get("/v1/supervision/rules").body()).contains(indexId);

        // planted: the price stays at 0.0713 a call while the API series quadruples from 2025-01 to 2025-02
        String planted = listing("PUBLIC");
        String first = buy(planted, "2025-01-20T10:00:00Z");
        String jumped = buy(planted, "2025-02-20T10:00:00Z");
        // clean: the same flat price while the DATASET series rises 2 %
        String clean = listing("ENTERPRISE");
        String cleanFirst = buy(clean, "2025-01-21T10:00:00Z");
        String cleanSecond = buy(clean, "2025-02-21T10:00:00Z");
        // a month without a published level (2025-03): skipped
        String unpublished = buy(planted, "2025-03-20T10:00:00Z");

        // as they are recorded, no level of the deals' own months is released yet: nothing is judged against it
        for (String deal : List.of(first, jumped, cleanFirst, cleanSecond, unpublished)) {
            assertThat(alerts(deal, "price.indexJump")).isEmpty();
        }

        // a deal dated in an earlier month than today is judged as it is recorded: the monitor, run on the stored
        // February deals in March, reads the listing's previous deal and the two released levels
        clock.set(Instant.parse("2025-03-25T00:00:00Z"));
        for (String deal : List.of(jumped, cleanSecond)) {
            transactions.write(() -> {
                monitoring.recorded(deals.findById(deal).orElseThrow());
                return null;
            });
        }
        List<Map<String, Object>> atRecording = alerts(jumped, "price.indexJump");
        assertThat(atRecording).singleElement().satisfies(a -> {
            assertThat(a.get("source")).isEqualTo("DEAL");
            assertThat(a.get("evidenceIds")).isEqualTo(List.of(jumped, first));
        });
        assertThat(alerts(cleanSecond, "price.indexJump")).isEmpty();

        Http.Response scan = post("/v1/supervision/scans", "{\"from\":\"2025-01-01\",\"to\":\"2025-03-31\"}");
        assertThat(scan.status()).as(scan.body()).isEqualTo(200);
        List<?> found = (List<?>) scan.map().get("alerts");
        List<Map<?, ?>> jumps = found.stream().<Map<?, ?>>map(f -> (Map<?, ?>) f).filter(f -> "price.indexJump".equals(
                f.get("ruleId")) && jumped.equals(f.get("subject"))).toList();
        // the scan finds the same alert (same rule version, subject and evidence): stored once
        assertThat(jumps).singleElement().satisfies(f -> {
            assertThat(f.get("created")).isEqualTo(false);
            assertThat(f.get("id")).isEqualTo(atRecording.get(0).get("id"));
        });
        assertThat(found.stream().map(f -> (Map<?, ?>) f).filter(f -> "price.indexJump".equals(f.get("ruleId"))
                && List.of(first, cleanFirst, cleanSecond, unpublished).contains(f.get("subject")))).isEmpty();
        assertThat(scan.map().get("warnings").toString())
                .contains("PUBLIC/2025-03: no published index level: price.indexJump skips");
        Http.Response stored = get("/v1/supervision/alerts/" + jumps.get(0).get("id"));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.map()).satisfies(a -> {
            assertThat(a.get("source")).isEqualTo("DEAL");
            assertThat(a.get("ruleVersion")).isEqualTo(jumpBefore + 1);
            assertThat(a.get("evidenceIds")).isEqualTo(List.of(jumped, first));
            assertThat(a.get("figures").toString()).contains("previousDealId").contains(first)
                    .contains("indexLogMove").contains("1.39");
            assertThat(a.get("explanation").toString()).contains("IndexCarry");
        });
        Http.Response again = post("/v1/supervision/scans", "{\"from\":\"2025-01-01\",\"to\":\"2025-03-31\"}");
        assertThat(again.body()).doesNotContain("\"created\":true");
    }

    @Test
    void test_indexSource_errors_nameJsonPaths() {
        assertProblem(post("/v1/supervision/rules", "{\"rules\":[],\"indexSource\":{\"index\":\"no-such-index\"}}"),
                422, "unknown", "indexSource.index");
        assertProblem(post("/v1/supervision/rules", "{\"rules\":[],\"indexSource\":{\"index\":\"" + indexId
                + "\",\"categories\":[{\"category\":\"PUBLIC\",\"series\":\"NOPE\"}]}}"), 422, "unknown",
                "indexSource.categories[0].series");
        assertProblem(post("/v1/supervision/rules", "{\"rules\":[],\"indexSource\":{\"index\":\"" + indexId
                + "\",\"categories\":[{\"category\":\"PUBLIC\",\"series\":\"API\"},"
                + "{\"category\":\"PUBLIC\",\"series\":\"DATASET\"}]}}"), 422, "duplicate",
                "indexSource.categories[1].category");
        assertProblem(post("/v1/supervision/rules", "{\"rules\":[],\"indexSource\":{\"index\":\"" + indexId
                + "\",\"otherCategories\":\"NOPE\"}}"), 422, "unknown", "indexSource.otherCategories");
        assertProblem(post("/v1/supervision/rules", "{\"rules\":[],\"indexSource\":{"
                + "\"categories\":[{\"category\":\"PUBLIC\",\"series\":\"API\"}]}}"), 422, "missing",
                "indexSource.index");
        assertProblem(post("/v1/supervision/rules", "{\"rules\":[],\"indexSource\":{\"index\":\"" + indexId
                + "\",\"categories\":[{\"category\":\"\",\"series\":\"API\"}]}}"), 422, "empty",
                "indexSource.categories[0].category");
    }

    @Test
    void test_reference_appraisalValue_plantedBelowHalf_cleanNear() {
        // planted: A = 0.20 a call, β = 0.8: band [0.04, 0.36] holds the deal's 0.0713, but R = 0.20 × 15,000 =
        // 3,000.00 and |ln(1,070 / 3,000)| = 1.03 > ln 2
        String planted = listing("PERSONAL");
        appraise(planted, "0.20", "0.8");
        String far = buy(planted, "2025-01-22T10:00:00Z");
        // clean: A = 0.08: R = 1,200.00, |ln(1,070 / 1,200)| = 0.11
        String clean = listing("PERSONAL");
        appraise(clean, "0.08", "0.8");
        String near = buy(clean, "2025-01-22T11:00:00Z");

        assertThat(alerts(far, "price.band")).isEmpty();
        assertThat(alerts(far, "price.reference")).singleElement().satisfies(a -> {
            assertThat(a.get("source")).isEqualTo("DEAL");
            assertThat(a.get("evidenceIds")).isEqualTo(List.of(far));
            assertThat(a.get("figures").toString()).contains("referencePrice").contains("3000");
            assertThat(a.get("explanation").toString()).contains("|ln(P / R)| > ln(1 + d)");
        });
        assertThat(alerts(near, "price.reference")).isEmpty();
        assertThat(alerts(near, "price.band")).isEmpty();
    }
}
