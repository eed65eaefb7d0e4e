package org.dataprice.api.story;

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
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wrong ways to use the links between the areas, each a 4xx naming the field: an appraisal citing an
 * unknown valuation or one in another currency, or giving both a value and a valuation; a reference price with an
 * unknown index, a series without an index, an unknown series or an index with nothing published; an index trade
 * that does not exist. The successes are walked in {@link MarketStoryTest}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AreaLinksErrorsTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;

    Http http;
    String appraiser;
    String seller;
    String reader;
    String publisher;
    String listingId;
    String cnyValuation;
    String indexId;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        appraiser = TestCredentials.key(keys, Role.APPRAISER);
        seller = TestCredentials.key(keys);
        reader = TestCredentials.key(keys, Role.READER);
        publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);
        Instant now = clock.instant();
        Http.Response listed = http.post("/v1/listings", """
                {"productId":"links-%s","category":"ENTERPRISE","use":"INDUSTRY","unit":"ONE_OFF","mode":"NEGOTIATED",
                 "quote":{"amount":"110.00","currency":"%s"},"validFrom":"%s","validUntil":"%s"}"""
                .formatted(UUID.randomUUID(), MarketStoryTest.CURRENCY, now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(30))), headers(seller));
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        listingId = (String) listed.map().get("id");
        Http.Response valuation = http.post("/v1/valuations",
                MarketStoryTest.engagement("LINKS-CNY").replace("\"currency\":\"" + MarketStoryTest.CURRENCY + "\"", "\"currency\":\"CNY\""),
                headers(appraiser));
        assertThat(valuation.status()).as(valuation.body()).isEqualTo(201);
        cnyValuation = (String) valuation.map().get("id");
        indexId = "links-" + UUID.randomUUID().toString().substring(0, 8);
        YearMonth m = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        Http.Response defined = http.post("/v1/indices", """
                {"id":"%s","nameEn":"Links","nameZh":"链接","method":"jevons","base":{"from":"%s","referenceValue":100},
                 "calendar":[{"period":"%s","releaseAt":"%sT09:30:00Z"}],
                 "embargo":{"timeZone":"UTC","publisherPreview":true},"methodology":{"version":"1.0","text":"x"}}"""
                .formatted(indexId, m, m.plusMonths(1), m.plusMonths(2).atDay(15)), headers(publisher));
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
    }

    private static String[] headers(String key) {
        return new String[]{"X-API-KEY", key, Idempotent.HEADER, TestCredentials.idempotencyKey()};
    }

    private Problem appraise(String body, int status) {
        Http.Response r = http.post("/v1/listings/" + listingId + "/appraisals", body, headers(appraiser));
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        return r.problem();
    }

    private Problem reference(String query) {
        Http.Response r = http.get("/v1/listings/" + listingId + "/reference-price" + query, "X-API-KEY", reader);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        return r.problem();
    }

    @Test
    void test_appraisal_unknownValuation_is422OnValuationId() {
        Problem p = appraise("{\"valuationId\":\"" + UUID.randomUUID() + "\"}", 422);
        assertThat(p.field()).isEqualTo("valuationId");
        assertThat(p.rule()).isEqualTo("unknown");
    }

    @Test
    void test_appraisal_valuationInAnotherCurrency_is422OnValuationId() {
        Problem p = appraise("{\"valuationId\":\"" + cnyValuation + "\"}", 422);
        assertThat(p.field()).isEqualTo("valuationId");
        assertThat(p.rule()).isEqualTo("currency-mismatch");
    }

    @Test
    void test_appraisal_valueAndValuation_or_neither_is422() {
        Problem both = appraise("{\"valuationId\":\"" + cnyValuation + "\",\"value\":{\"amount\":\"1.00\",\"currency\":\"CHF\"},"
                + "\"method\":\"m\"}", 422);
        assertThat(both.field()).isEqualTo("value");
        assertThat(both.rule()).isEqualTo("invalid-state");
        Problem neither = appraise("{\"method\":\"income\"}", 422);
        assertThat(neither.field()).isEqualTo("value");
        assertThat(neither.rule()).isEqualTo("missing");
        Problem noMethod = appraise("{\"value\":{\"amount\":\"1.00\",\"currency\":\"CHF\"}}", 422);
        assertThat(noMethod.field()).isEqualTo("method");
    }

    @Test
    void test_referencePrice_indexErrors_nameTheParameter() {
        assertThat(http.post("/v1/listings/" + listingId + "/appraisals",
                "{\"value\":{\"amount\":\"100.00\",\"currency\":\"CHF\"},\"method\":\"income\"}", headers(appraiser)).status())
                .isEqualTo(201);
        Problem unknown = reference("?index=nope-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(unknown.field()).isEqualTo("index");
        assertThat(unknown.rule()).isEqualTo("unknown");
        assertThat(reference("?indexSeries=COMPOSITE").field()).isEqualTo("indexSeries");
        Problem series = reference("?index=" + indexId + "&indexSeries=NOPE");
        assertThat(series.field()).isEqualTo("indexSeries");
        assertThat(series.rule()).isEqualTo("unknown");
        Problem nothing = reference("?index=" + indexId);
        assertThat(nothing.field()).isEqualTo("index");
        assertThat(nothing.rule()).isEqualTo("too-few");
        assertThat(nothing.detail()).contains("one published level").contains("COMPOSITE");
    }

    @Test
    void test_indexTrade_unknown_is404() {
        Http.Response r = http.get("/v1/indices/" + indexId + "/transactions/deal:" + UUID.randomUUID(), "X-API-KEY", publisher);
        assertThat(r.status()).as(r.body()).isEqualTo(404);
        assertThat(http.get("/v1/indices/" + indexId + "/transactions/nonsense", "X-API-KEY", publisher).status()).isEqualTo(404);
    }
}
