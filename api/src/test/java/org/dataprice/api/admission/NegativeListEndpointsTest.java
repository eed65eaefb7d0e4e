package org.dataprice.api.admission;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/supervision/negative-list} and the admission it enforces: versions (SUPERVISOR publishes, anyone
 * authenticated reads the one in force), a listing refused with 422 {@code prohibited} naming the request's field and
 * citing the entry, version and clause, and a deal refused on {@code listing.admission} when a later version prohibits
 * an admitted listing. The database is shared with other test classes: the entries use a unique token, and the class
 * ends by publishing an empty version.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NegativeListEndpointsTest {
    private static final String BASE = "/v1/supervision/negative-list";
    private final String token = "contraband" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;

    Http http;
    Market.Party supervisor;
    Market.Party seller;
    Market.Party buyer;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        supervisor = Market.party(keys, Role.SUPERVISOR);
        seller = Market.party(keys);
        buyer = Market.party(keys, Role.READER);
    }

    @AfterAll
    void openTheMarketAgain() {
        assertThat(http.post(BASE + "/versions", "{\"entries\":[]}", supervisor.headers()).status()).isEqualTo(201);
    }

    private String list() {
        return """
                {"entries":[
                  {"id":"NL-CORE","kind":"DATA_CLASS","value":"CORE","clause":"DSL Art. 21"},
                  {"id":"NL-PI","kind":"DATA_CLASS","value":"PERSONAL","exemption":"CONSENT","clause":"PIPL Art. 13, 14"},
                  {"id":"NL-IMP","kind":"DATA_CLASS","value":"IMPORTANT","exemption":"APPROVAL","clause":"DSL Art. 21, 30"},
                  {"id":"NL-SEC","kind":"CATEGORY","value":"%s-sector","clause":"exchange rules §3"},
                  {"id":"NL-KW","kind":"KEYWORD","value":"%s","clause":"exchange rules §4"}]}""".formatted(token, token);
    }

    private Http.Response publish(String body) {
        return http.post(BASE + "/versions", body, supervisor.headers());
    }

    private Http.Response listing(String productId, String admission) {
        String base = Market.listing(productId, "ENTERPRISE", "INDUSTRY", "NEGOTIATED", "100.00", clock.instant());
        String body = admission == null ? base : base.substring(0, base.lastIndexOf('}')) + ",\"admission\":" + admission + "}";
        return http.post("/v1/listings", body, seller.headers());
    }

    private static void assertProblem(Http.Response r, int status, String rule, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(r.problem().rule()).isEqualTo(rule);
        assertThat(r.problem().field()).isEqualTo(field);
    }

    @Test
    void test_publish_thenReadCurrentAndVersions() {
        Http.Response published = publish(list());
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        int version = ((Number) published.map().get("version")).intValue();
        assertThat(published.header("Location")).isEqualTo(BASE + "/versions/" + version);
        assertThat((List<?>) published.map().get("entries")).hasSize(5);
        assertThat(published.map()).containsEntry("createdBy", supervisor.name());

        Map<String, Object> current = http.get(BASE, buyer.headers()).map();
        assertThat(((Number) current.get("version")).intValue()).isGreaterThanOrEqualTo(version);
        Http.Response one = http.get(BASE + "/versions/" + version, supervisor.headers());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).contains("PIPL Art. 13, 14");
        Http.Response all = http.get(BASE + "/versions", supervisor.headers());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).startsWith("[").contains("\"version\":" + version + ",");
        assertThat(http.get(BASE + "/versions/999999", supervisor.headers()).status()).isEqualTo(404);
        assertThat(http.get(BASE + "/versions", buyer.headers()).status()).isEqualTo(403);
        assertThat(http.post(BASE + "/versions", list(), buyer.headers()).status()).isEqualTo(403);
        assertThat(http.get(BASE).status()).isEqualTo(401);
    }

    @Test
    void test_publish_invalidEntries_namedByJsonPath() {
        assertThat(publish(list()).status()).isEqualTo(201); // a previous version for the effectiveFrom rule
        assertProblem(publish("""
                {"entries":[{"id":"A","kind":"KEYWORD","value":"x1","clause":"c"},
                            {"id":"A","kind":"KEYWORD","value":"x2","clause":"c"}]}"""), 422, "duplicate", "entries[1].id");
        assertProblem(publish("""
                {"entries":[{"id":"A","kind":"KEYWORD","value":"Ｘ1","clause":"c"},
                            {"id":"B","kind":"KEYWORD","value":"x 1","clause":"c"}]}"""), 422, "duplicate",
                "entries[1].value");
        assertProblem(publish("""
                {"entries":[{"id":"A","kind":"DATA_CLASS","value":"SECRET","clause":"c"}]}"""), 422, "unknown",
                "entries[0].value");
        assertProblem(publish("""
                {"entries":[{"id":"A","kind":"KEYWORD","value":"k","exemption":"CONSENT","clause":"c"}]}"""), 422,
                "invalid-state", "entries[0].exemption");
        assertProblem(publish("""
                {"effectiveFrom":"2000-01-01T00:00:00Z","entries":[]}"""), 422, "at-least", "effectiveFrom");
        assertThat(publish("{}").status()).isEqualTo(400);
        assertThat(publish("""
                {"entries":[{"id":"A","kind":"SOMETHING","value":"k","clause":"c"}]}""").status()).isIn(400, 422);
    }

    @Test
    void test_createListing_refusedCitingTheRule_admittedWithConsent() {
        int version = ((Number) publish(list()).map().get("version")).intValue();

        Http.Response personal = listing("crm-" + UUID.randomUUID(), "{\"dataClasses\":[\"GENERAL\",\"PERSONAL\"]}");
        assertProblem(personal, 422, "prohibited", "admission.dataClasses[1]");
        assertThat(personal.problem().detail()).contains("negative list v" + version, "NL-PI", "PIPL Art. 13, 14");

        Http.Response consented = listing("crm-" + UUID.randomUUID(),
                "{\"dataClasses\":[\"GENERAL\",\"PERSONAL\"],\"consent\":true,\"description\":\"CRM leads\"}");
        assertThat(consented.status()).as(consented.body()).isEqualTo(201);

        assertProblem(listing("grid-" + UUID.randomUUID(), "{\"dataClasses\":[\"IMPORTANT\"]}"), 422, "prohibited",
                "admission.dataClasses[0]");
        assertThat(listing("grid-" + UUID.randomUUID(),
                "{\"dataClasses\":[\"IMPORTANT\"],\"approvalReference\":\"CAC-2026-17\"}").status()).isEqualTo(201);
        assertProblem(listing("core-" + UUID.randomUUID(), "{\"dataClasses\":[\"CORE\"],\"consent\":true,"
                + "\"approvalReference\":\"x\"}"), 422, "prohibited", "admission.dataClasses[0]");
    }

    @Test
    void test_createListing_keywordVariantsAndSectors() {
        publish(list());
        String wide = token.toUpperCase().chars().mapToObj(c -> c >= 'A' && c <= 'Z' ? String.valueOf((char) (c - 'A' + 'Ａ'))
                : String.valueOf((char) c)).reduce("", String::concat);
        assertProblem(listing("feed-" + UUID.randomUUID(), "{\"description\":\"Daily " + wide + " feed\"}"), 422,
                "prohibited", "admission.description");
        String spaced = token.substring(0, 4) + " \u3000" + token.substring(4);
        assertProblem(listing("x-" + spaced, null), 422, "prohibited", "productId");
        assertProblem(listing("feed-" + UUID.randomUUID(), "{\"sectors\":[\"logistics\",\" " + token.toUpperCase()
                + "-SECTOR\"]}"), 422, "prohibited", "admission.sectors[1]");
        assertThat(listing("feed-" + UUID.randomUUID(), "{\"description\":\"freight volumes\",\"sectors\":[\"logistics\"]}")
                .status()).isEqualTo(201);
        // the core's shape rules name the request's paths
        assertProblem(listing("feed-" + UUID.randomUUID(), "{\"dataClasses\":[\"CORE\",\"CORE\"]}"), 422, "duplicate",
                "admission.dataClasses");
        assertThat(listing("feed-" + UUID.randomUUID(), "{\"dataClasses\":[\"SECRET\"]}").status()).isIn(400, 422);
    }

    private String fixedPrice(String product, String admission) {
        Http.Response created = http.post("/v1/listings", """
                {"productId":"%s","category":"ENTERPRISE","use":"INDUSTRY","unit":"PER_CALL","mode":"FIXED_PRICE",
                 "quote":{"amount":"0.10","currency":"CNY"},"validFrom":"%s","validUntil":"%s",
                 "volumeTiers":[{"fromVolume":0,"unitPrice":{"amount":"0.10","currency":"CNY"}}],"admission":%s}"""
                .formatted(product, clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(30)),
                        admission), seller.headers());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Market.id(created);
    }

    @Test
    void test_recordDeal_storedDeclarationRecheckedUnderTheListInForce() {
        publish(list());
        String id = fixedPrice("consented-" + UUID.randomUUID(), "{\"dataClasses\":[\"PERSONAL\"],\"consent\":true}");
        assertThat(http.post("/v1/listings/" + id + "/purchases", "{\"volume\":10}", buyer.headers()).status())
                .isEqualTo(201);
        // a later version no longer accepts consent for personal information: the stored declaration is refused
        Http.Response v = publish(list().replace("\"id\":\"NL-PI\",\"kind\":\"DATA_CLASS\",\"value\":\"PERSONAL\","
                + "\"exemption\":\"CONSENT\"", "\"id\":\"NL-PI-2\",\"kind\":\"DATA_CLASS\",\"value\":\"PERSONAL\","
                + "\"exemption\":\"NONE\""));
        assertThat(v.body()).contains("NL-PI-2");
        Http.Response refused = http.post("/v1/listings/" + id + "/purchases", "{\"volume\":10}", buyer.headers());
        assertProblem(refused, 422, "prohibited", "listing.admission");
        assertThat(refused.problem().detail()).contains("NL-PI-2", "admission.dataClasses[0]");
        publish(list());
    }

    @Test
    void test_recordDeal_listingProhibitedByALaterVersion_refusedOnListingAdmission() {
        publish(list());
        String product = "later-" + UUID.randomUUID();
        String id = fixedPrice(product, "null");
        Http.Response bought = http.post("/v1/listings/" + id + "/purchases", "{\"volume\":10}", buyer.headers());
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);

        Http.Response v = publish(list().replace("\"entries\":[", "\"entries\":[{\"id\":\"NL-LATER\",\"kind\":\"KEYWORD\","
                + "\"value\":\"" + product + "\",\"clause\":\"exchange notice 2026-12\"},"));
        assertThat(v.status()).as(v.body()).isEqualTo(201);
        Http.Response refused = http.post("/v1/listings/" + id + "/purchases", "{\"volume\":10}", buyer.headers());
        assertProblem(refused, 422, "prohibited", "listing.admission");
        assertThat(refused.problem().detail()).contains("NL-LATER", "exchange notice 2026-12",
                "negative list v" + v.map().get("version"));
    }

    @Test
    void test_effectiveFrom_inTheFuture_inForceOnlyFromThen() {
        Instant later = clock.instant().plus(Duration.ofDays(10));
        String word = "future" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response future = publish("""
                {"effectiveFrom":"%s","entries":[{"id":"NL-FUT","kind":"KEYWORD","value":"%s","clause":"c"}]}"""
                .formatted(later, word));
        assertThat(future.status()).as(future.body()).isEqualTo(201);
        assertThat(listing("x-" + word, null).status()).isEqualTo(201);
        assertThat(http.get(BASE, buyer.headers()).map().get("version")).isNotEqualTo(future.map().get("version"));
        // this context's clock moves past it (later tests of the class run then; other classes have their own clock)
        clock.advance(Duration.ofDays(11));
        assertThat(http.get(BASE, buyer.headers()).map().get("version")).isEqualTo(future.map().get("version"));
        assertProblem(listing("x-" + word, null), 422, "prohibited", "productId");
    }
}
