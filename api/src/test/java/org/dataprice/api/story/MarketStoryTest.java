package org.dataprice.api.story;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The market as one (issue 12), walked over HTTP on H2 (its own in-memory database; {@link MarketStoryPostgresTest}
 * runs the same walk on PostgreSQL): register a valuation → list with that appraisal → negotiate → deal (two months)
 * → import the deals into an index and release it → the reference price carries the deals by the index → settle
 * the deals by contribution (Shapley weights) → each party reads its statement. Every figure names the ids it came
 * from: the valuation id in the appraisal, the deal ids in the index trades and in the settlement's pool source.
 *
 * <p>Figures by hand. Valuation: cost 132.00 (TC = 150 × 1.1 × 0.8) weight 0.5, market 100.00 weight 0.5 → A =
 * 116.00, indications [100.00, 132.00]; band β = 0.2 → [92.80, 139.20]; quote 110.00 inside. Deals: 100.00 in
 * month m0, 110.00 in m1. Index (Jevons, one product, base m0 = 100): I(m0) = 100, I(m1) = 110. Reference price
 * (θ = 0.5, nMature = 2, no cost anchor): deal 1 carried 100 × 110/100 = 110, deal 2 110 × 110/110 = 110 → market
 * 110, w = 1 → 110.00; a third deal in m2, a month not yet published, makes it a 422 naming m2. Shapley of the table game v(A) = 1, v(B) = 2, v(AB) = 4: φ = (1.5, 2.5). Pool 210.00 CHF
 * split 1.5 : 2.5 → A 78.75, B 131.25. CHF so that no other test's deals enter the index on the shared
 * PostgreSQL schema.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketStoryTest implements TestPropertyProvider {
    static final String CURRENCY = "CHF";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;

    Http http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new HashMap<>();
        TestDatabases.h2("market-story").forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    /** A caller with its key and principal name. */
    record Party(String key, String name) {
        String[] headers() {
            return new String[]{"X-API-KEY", key, Idempotent.HEADER, TestCredentials.idempotencyKey()};
        }
    }

    private Party party(Role... roles) {
        EnumSet<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        ApiKeyService.CreatedKey created = keys.create("story-" + UUID.randomUUID(), set, null, "test");
        return new Party(created.text(), "apikey:" + created.key().id());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    private static BigDecimal amount(Map<String, Object> money) {
        return new BigDecimal(money.get("amount").toString());
    }

    private static Map<String, Object> step(Map<String, Object> explanation, String id) {
        return list(explanation, "steps").stream().filter(s -> id.equals(s.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + id + " in " + explanation));
    }

    private static Map<String, String> inputs(Map<String, Object> step) {
        Map<String, String> out = new HashMap<>();
        for (Map<String, Object> q : list(step, "inputs")) {
            out.put((String) q.get("name"), q.get("text") != null ? (String) q.get("text") : String.valueOf(q.get("number")));
        }
        return out;
    }

    private Http.Response ok(Http.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r;
    }

    @Test
    void test_story_valuationToStatements_everyFigureNamesItsIds() {
        http = new Http(server.getURL(), json);
        Party appraiser = party(Role.APPRAISER);
        Party seller = party();
        Party buyer = party();
        Party publisher = party(Role.INDEX_PUBLISHER);
        Party settler = party(Role.SETTLEMENT);
        Party contributorA = party();
        Party contributorB = party();
        Instant start = clock.instant();
        YearMonth m0 = YearMonth.from(start.atOffset(ZoneOffset.UTC));
        YearMonth m1 = m0.plusMonths(1);
        String product = "story-" + UUID.randomUUID().toString().substring(0, 8);

        // 1. register a valuation (cost 132.00 and market 100.00, half each → 116.00)
        Map<String, Object> valuation = ok(http.post("/v1/valuations", engagement("STORY-" + product), appraiser.headers()), 201).map();
        String valuationId = (String) valuation.get("id");
        assertThat(amount(Map.of("amount", obj(valuation, "report").get("value")))).isEqualByComparingTo("116.00");

        // 2. list the product and attach the appraisal citing that valuation
        String listingId = (String) ok(http.post("/v1/listings", """
                {"productId":"%s","category":"ENTERPRISE","use":"INDUSTRY","unit":"ONE_OFF","mode":"NEGOTIATED",
                 "quote":{"amount":"110.00","currency":"%s"},"validFrom":"%s","validUntil":"%s"}"""
                .formatted(product, CURRENCY, start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(365))),
                seller.headers()), 201).map().get("id");
        Map<String, Object> appraisal = ok(http.post("/v1/listings/" + listingId + "/appraisals",
                "{\"valuationId\":\"" + valuationId + "\"}", appraiser.headers()), 201).map();
        Map<String, Object> cited = obj(appraisal, "valuation");
        assertThat(cited).containsEntry("id", valuationId).containsEntry("valuationDate", "2024-12-31")
                .containsEntry("firm", "重庆某评估公司 A. Appraiser").containsEntry("link", "/v1/valuations/" + valuationId);
        assertThat(amount(obj(cited, "value"))).isEqualByComparingTo("116.00");
        assertThat(amount(obj(cited, "low"))).isEqualByComparingTo("100.00");
        assertThat(amount(obj(cited, "high"))).isEqualByComparingTo("132.00");
        assertThat(amount(obj(appraisal, "lower"))).isEqualByComparingTo("92.80");
        assertThat(amount(obj(appraisal, "upper"))).isEqualByComparingTo("139.20");
        assertThat(appraisal.get("flagged")).isEqualTo(false);
        assertThat(inputs(step(obj(appraisal, "explanation"), "band.citedValuation")))
                .containsEntry("valuationId", valuationId).containsEntry("valuationDate", "2024-12-31");
        Map<String, Object> listing = ok(http.get("/v1/listings/" + listingId, "X-API-KEY", buyer.key()), 200).map();
        assertThat(obj(obj(listing, "appraisal"), "valuation")).containsEntry("id", valuationId);

        // 3-4. negotiate two deals: 100.00 in m0, 110.00 in m1
        String deal1 = negotiate(listingId, "100.00", buyer, seller);
        clock.advance(Duration.between(clock.instant(), m1.atDay(2).atTime(12, 0).toInstant(ZoneOffset.UTC)));
        String deal2 = negotiate(listingId, "110.00", buyer, seller);

        // 5. the index: import the deals (each trade keeps its deal id), release m1
        String indexId = "story-" + UUID.randomUUID().toString().substring(0, 8);
        Instant releaseAt = m1.plusMonths(1).atDay(15).atTime(9, 30).toInstant(ZoneOffset.UTC);
        ok(http.post("/v1/indices", """
                {"id":"%s","nameEn":"Story deals","nameZh":"故事成交","method":"jevons",
                 "base":{"from":"%s","referenceValue":100},
                 "calendar":[{"period":"%s","releaseAt":"%s"}],
                 "embargo":{"timeZone":"UTC","publisherPreview":true},
                 "methodology":{"version":"1.0","text":"Jevons over the exchange's own deals."}}"""
                .formatted(indexId, m0, m1, releaseAt), publisher.headers()), 201);
        Map<String, Object> imported = ok(http.post("/v1/indices/" + indexId + "/transactions/from-deals?from=" + m0.atDay(1)
                + "&to=" + m1.atEndOfMonth() + "&currency=" + CURRENCY, null, "X-API-KEY", publisher.key()), 200).map();
        assertThat(imported).containsEntry("imported", 2);
        assertThat(imported.get("importedDeals")).isEqualTo(List.of(deal1, deal2));
        Map<String, Object> trade = ok(http.get("/v1/indices/" + indexId + "/transactions/deal:" + deal1,
                "X-API-KEY", publisher.key()), 200).map();
        assertThat(trade).containsEntry("dealId", deal1).containsEntry("transaction", "deal:" + deal1)
                .containsEntry("deal", "/v1/deals/" + deal1).containsEntry("period", m0.toString()).containsEntry("productId", product);
        assertThat(ok(http.get("/v1/deals/" + deal1, "X-API-KEY", buyer.key()), 200).map()).containsEntry("id", deal1);
        Map<String, Object> release = ok(http.post("/v1/indices/" + indexId + "/releases", "{\"period\":\"" + m1 + "\"}",
                "X-API-KEY", publisher.key()), 201).map();
        assertThat(list(release, "values")).anySatisfy(v -> assertThat(v).containsEntry("period", m1.toString())
                .containsEntry("value", "110.00"));

        // the reference price with the index: refused while the release is embargoed (no level is guessed) ...
        String query = "/v1/listings/" + listingId + "/reference-price?matureDeals=2&index=" + indexId;
        Http.Response embargoed = http.get(query, "X-API-KEY", buyer.key());
        assertThat(embargoed.status()).as(embargoed.body()).isEqualTo(422);
        assertThat(embargoed.problem().field()).isEqualTo("index");
        // ... and once public, each deal is carried by I(m1) / I(deal month), named by its id
        clock.advance(Duration.between(clock.instant(), releaseAt.plus(Duration.ofHours(1))));
        Map<String, Object> reference = ok(http.get(query, "X-API-KEY", buyer.key()), 200).map();
        assertThat(amount(obj(reference, "price"))).isEqualByComparingTo("110.00");
        assertThat(obj(reference, "index")).containsEntry("id", indexId).containsEntry("currentMonth", m1.toString());
        List<Map<String, Object>> carried = list(step(obj(reference, "explanation"), "reference.market"), "children");
        assertThat(carried).extracting(c -> inputs(c).get("dealId")).containsExactly(deal1, deal2);
        assertThat(Double.parseDouble(inputs(carried.get(0)).get("indexRatio"))).isCloseTo(1.1, within(1e-9));
        assertThat(((Number) obj(carried.get(0), "result").get("number")).doubleValue()).isCloseTo(110.0, within(1e-9));
        assertThat(Double.parseDouble(inputs(carried.get(1)).get("indexRatio"))).isCloseTo(1.0, within(1e-12));
        // a deal of a month the index has not published yet (m2) is never carried with a guessed level: 422 naming it
        YearMonth m2 = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
        assertThat(m2).isEqualTo(m1.plusMonths(1));
        String deal3 = negotiate(listingId, "120.00", buyer, seller);
        Http.Response unpublished = http.get(query, "X-API-KEY", buyer.key());
        assertThat(unpublished.status()).as(unpublished.body()).isEqualTo(422);
        assertThat(unpublished.problem().field()).isEqualTo("index");
        assertThat(unpublished.problem().detail()).contains("[" + m2 + "]").contains(deal3).contains("never taken as 1");

        // 6. contribution weights: Shapley of v(A) = 1, v(B) = 2, v(AB) = 4 → (1.5, 2.5)
        Map<String, Object> shapley = ok(http.post("/v1/contributions",
                "{\"method\":\"SHAPLEY\",\"game\":{\"type\":\"TABLE\",\"players\":2,\"worths\":[1,2,4]}}",
                "X-API-KEY", settler.key()), 200).map();
        @SuppressWarnings("unchecked")
        List<Number> phi = (List<Number>) shapley.get("values");
        assertThat(phi).extracting(Number::doubleValue).containsExactly(1.5, 2.5);

        // 7. settle the deals by contribution: the pool is drawn from the product's deals
        Map<String, Object> settlement = ok(http.post("/v1/settlements", """
                {"currency":"%s","parties":[{"id":"A","principals":["%s"]},{"id":"B","principals":["%s"]}],
                 "periods":[{"label":"%s","deals":{"productId":"%s","from":"%s","to":"%s"},
                   "terms":{"dividend":{"basis":"VALUE","weights":[{"party":"A","weight":"%s"},{"party":"B","weight":"%s"}]}}}]}"""
                .formatted(CURRENCY, contributorA.name(), contributorB.name(), m0 + "/" + m1, product, m0.atDay(1),
                        m1.atEndOfMonth(), phi.get(0), phi.get(1)), settler.headers()), 201).map();
        String settlementId = (String) settlement.get("id");
        Map<String, Object> period = list(settlement, "periods").get(0);
        assertThat(amount(obj(period, "pool"))).isEqualByComparingTo("210.00");
        String poolSource = "/v1/settlements/" + settlementId + "/periods/0/deals";
        assertThat(period.get("poolSource")).isEqualTo(poolSource);
        Map<String, Object> drawn = ok(http.get(poolSource, "X-API-KEY", settler.key()), 200).map();
        assertThat(list(drawn, "deals")).extracting(d -> d.get("id")).containsExactly(deal1, deal2);

        // 8. each party reads its own statement, which links the deals its pool came from
        Map<String, String> expected = Map.of("A", "78.75", "B", "131.25");
        for (Map.Entry<String, Party> p : Map.of("A", contributorA, "B", contributorB).entrySet()) {
            Map<String, Object> statements = ok(http.get("/v1/settlements/" + settlementId + "/statements/" + p.getKey(),
                    "X-API-KEY", p.getValue().key()), 200).map();
            assertThat(amount(obj(statements, "total"))).isEqualByComparingTo(expected.get(p.getKey()));
            Map<String, Object> own = list(statements, "periods").get(0);
            assertThat(own.get("poolSource")).isEqualTo(poolSource);
            assertThat(obj(own, "statement").get("explanation")).isNotNull();
        }
        assertThat(http.get("/v1/settlements/" + settlementId + "/statements/B", "X-API-KEY", contributorA.key()).status())
                .isEqualTo(404);
    }

    /** The buyer opens a negotiation and offers the price; the seller accepts: one deal, whose id is returned. */
    private String negotiate(String listingId, String price, Party buyer, Party seller) {
        Http.Response opened = ok(http.post("/v1/negotiations", """
                {"listingId":"%s","first":"BUYER","deadline":"%s","maxRounds":10}"""
                .formatted(listingId, clock.instant().plus(Duration.ofDays(10))), buyer.headers()), 201);
        String negotiation = (String) opened.map().get("id");
        ok(http.post("/v1/negotiations/" + negotiation + "/offers", """
                {"price":{"amount":"%s","currency":"%s"},"licenceMonths":12,"scope":"DERIVED_PRODUCTS",
                 "frequency":"MONTHLY","delivery":"API"}""".formatted(price, CURRENCY), buyer.headers()), 201);
        Map<String, Object> accepted = ok(http.post("/v1/negotiations/" + negotiation + "/accept", null, seller.headers()), 200).map();
        Object dealId = accepted.get("dealId");
        assertThat(dealId).as(accepted.toString()).isNotNull();
        return (String) dealId;
    }

    /** Cost 132.00 (TC = 150, R = 10 %, U = 0.8) and market 100.00, each weighted 0.5, in {@link #CURRENCY}. */
    static String engagement(String reference) {
        return """
                {"reference":"%s",
                 "asset":{"name":"重庆物流轨迹数据集 Chongqing logistics traces","structure":"结构化 structured table",
                          "dictionary":"vehicle_id, ts, lat, lon","size":"1.2 TB","period":"2021-2024",
                          "updateFrequency":"daily 每日","storage":"云存储 cloud object store"},
                 "right":"PRODUCT_OPERATION","purpose":"挂牌估价 listing appraisal","basisOfValue":"市场价值 market value",
                 "valuationDate":"2024-12-31","appraiser":"重庆某评估公司 A. Appraiser","currency":"%s",
                 "cost":{"weight":0.5,"reason":"成本可归集 costs are itemised","inputs":
                   {"items":[{"name":"采集 collection","category":"DIRECT","amount":"100.00"},
                             {"name":"管理 overhead","category":"INDIRECT","amount":50}],
                    "costReturn":0.1,"adjustment":{"kind":"GIVEN","u":0.8}}},
                 "market":{"weight":0.5,"reason":"可比交易 comparables","inputs":
                   {"subject":{"right":"PRODUCT_OPERATION","valuationDate":"2024-12-31","volume":100,"quality":0.8,"priceIndex":1.0},
                    "comparables":[
                      {"id":"A","price":100,"date":"2024-06-30","right":"PRODUCT_OPERATION","volume":100,"quality":0.8,"priceIndex":1.0},
                      {"id":"B","price":110,"date":"2024-09-30","right":"PRODUCT_OPERATION","volume":100,"quality":0.8,"priceIndex":1.1},
                      {"id":"C","price":50,"date":"2024-03-31","right":"PRODUCT_OPERATION","volume":50,"quality":0.8,"priceIndex":1.0}]}}}"""
                .formatted(reference, CURRENCY);
    }
}
