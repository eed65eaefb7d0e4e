package org.dataprice.api.index;

import org.dataprice.api.time.TestClock;
import io.micronaut.context.annotation.Property;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * HTTP tests of the index publication endpoints on one application context: definitions,
 * transaction loads (CSV and JSON), releases with vintages and embargo, reads in every format, the
 * public page; success, each validation error, 401, 403 and idempotency.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "64MB")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexPublicationTest {
    /** Relative tolerance on index levels computed from prices printed with 12 decimals. */
    static final double TOLERANCE = 1e-9;

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

    private static String newId() {
        return "dmi-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Http.Response define(String body, String credential) {
        return http.post("/v1/indices", body, "X-API-KEY", credential, Idempotent.HEADER, TestCredentials.idempotencyKey());
    }

    private String defined() {
        String id = newId();
        assertThat(define(IndexFixtures.definition(id, "geks-fisher", "{}"), publisher).status()).isEqualTo(201);
        return id;
    }

    private Http.Response loadCsv(String id, String csv, String key, String credential) {
        return key == null
                ? http.post("/v1/indices/" + id + "/transactions", csv, "X-API-KEY", credential, "Content-Type", "text/csv")
                : http.post("/v1/indices/" + id + "/transactions", csv, "X-API-KEY", credential, "Content-Type", "text/csv",
                Idempotent.HEADER, key);
    }

    private Http.Response publish(String id, String period) {
        return http.post("/v1/indices/" + id + "/releases", "{\"period\":\"" + period + "\"}", "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());
    }

    /** An index with 2024-01..2025-01 loaded and 2025-01 published (released 2025-02-15, before the clock). */
    private String released() {
        String id = defined();
        assertThat(loadCsv(id, IndexFixtures.csv(0, 12, 1), TestCredentials.idempotencyKey(), publisher).status()).isEqualTo(201);
        assertThat(publish(id, "2025-01").status()).isEqualTo(201);
        return id;
    }

    // ---------------------------------------------------------------------------------------- definitions

    @Test
    void test_define_success_storesAndReads() {
        String id = newId();
        Http.Response created = define(IndexFixtures.definition(id, "ccdi", "{\"window\":\"13\",\"splice\":\"MEAN\"}"), publisher);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/v1/indices/" + id);
        Http.Response read = http.get("/v1/indices/" + id, "X-API-KEY", reader);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("\"method\":\"ccdi\"", "\"window\":\"13\"", "数据要素市场价格指数");
        assertThat(http.get("/v1/indices", "X-API-KEY", reader).body()).contains(id);
    }

    @Test
    void test_define_sameIdTwice_is409() {
        String id = defined();

        Http.Response again = define(IndexFixtures.definition(id, "geks-fisher", "{}"), publisher);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem().type()).isEqualTo("https://dataprice.org/problems/conflict");
    }

    @Test
    void test_define_misspeltParameter_is422NamingTheField() {
        Http.Response response = define(IndexFixtures.definition(newId(), "ccdi", "{\"windw\":\"13\"}"), publisher);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.problem().field()).isEqualTo("parameters.windw");
        assertThat(response.problem().rule()).isEqualTo("unknown");
    }

    @Test
    void test_define_unknownMethod_is422OnMethod() {
        Http.Response response = define(IndexFixtures.definition(newId(), "geks-fisherr", "{}"), publisher);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problem().field()).isEqualTo("method");
        assertThat(response.problem().rule()).isEqualTo("unknown");
        assertThat(response.problem().detail()).contains("geks-fisher").contains("jevons").contains("ccdi");
    }

    @Test
    void test_define_unknownSplice_is422ListingSplices() {
        Http.Response response = define(IndexFixtures.definition(newId(), "ccdi", "{\"window\":\"13\",\"splice\":\"mean\"}"),
                publisher);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.problem().field()).isEqualTo("parameters.splice");
        assertThat(response.problem().rule()).isEqualTo("unknown");
        assertThat(response.problem().detail()).contains("MEAN").contains("was mean");
    }

    @Test
    void test_define_badParameterValue_is422() {
        Http.Response response = define(IndexFixtures.definition(newId(), "ccdi", "{\"window\":\"1\"}"), publisher);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problem().field()).startsWith("parameters.window");
    }

    @Test
    void test_define_unknownProperty_is400() {
        String body = IndexFixtures.definition(newId(), "ccdi", "{}").replace("\"composite\"", "\"compsite\"");

        Http.Response response = define(body, publisher);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/unknown-property");
    }

    @Test
    void test_define_missingAndBlankFields_is400WithViolations() {
        String body = IndexFixtures.definition("X", "ccdi", "{}").replace("\"nameEn\":\"Data Market Price Index\",", "");

        Http.Response response = define(body, publisher);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem().violations()).extracting(Problem.Violation::field)
                .anyMatch(f -> f.endsWith("id")).anyMatch(f -> f.endsWith("nameEn"));
    }

    @Test
    void test_define_badMonth_is422OnBaseFrom() {
        String body = IndexFixtures.definition(newId(), "ccdi", "{}").replace("\"from\":\"2024-01\"", "\"from\":\"2024-13\"");

        assertThat(define(body, publisher).problem().field()).isEqualTo("base.from");
    }

    @Test
    void test_define_calendarOutOfOrder_is422() {
        String body = IndexFixtures.definition(newId(), "ccdi", "{}").replace("2025-03-15T09:30", "2025-02-15T10:30");

        Http.Response response = define(body, publisher);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problem().field()).isEqualTo("calendar[1].releaseAt");
    }

    @Test
    void test_define_badTimeZoneAndComposite_are422() {
        String base = IndexFixtures.definition(newId(), "ccdi", "{}");
        assertThat(define(base.replace("Asia/Shanghai", "Mars/Base"), publisher).problem().field()).isEqualTo("embargo.timeZone");
        assertThat(define(base.replace("\"AGGREGATED\"", "\"MIXED\""), publisher).problem().field()).isEqualTo("composite");
    }

    @Test
    void test_define_withoutCredentials_is401_asReader_is403() {
        String body = IndexFixtures.definition(newId(), "ccdi", "{}");
        assertThat(http.post("/v1/indices", body, Idempotent.HEADER, TestCredentials.idempotencyKey()).status()).isEqualTo(401);
        assertThat(define(body, reader).status()).isEqualTo(403);
        assertThat(define(body, admin).status()).isEqualTo(403);
        assertThat(http.get("/v1/indices/nope").status()).isEqualTo(401);
    }

    @Test
    void test_define_replay_sameKeyAnswersStoredResponse() {
        String body = IndexFixtures.definition(newId(), "ccdi", "{}");
        String key = TestCredentials.idempotencyKey();
        Http.Response first = http.post("/v1/indices", body, "X-API-KEY", publisher, Idempotent.HEADER, key);

        Http.Response second = http.post("/v1/indices", body, "X-API-KEY", publisher, Idempotent.HEADER, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void test_define_withoutIdempotencyKey_is400() {
        Http.Response response = http.post("/v1/indices", IndexFixtures.definition(newId(), "ccdi", "{}"), "X-API-KEY", publisher);

        assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/idempotency-key-missing");
    }

    @Test
    void test_unknownIndex_is404() {
        assertThat(http.get("/v1/indices/no-such-index", "X-API-KEY", reader).status()).isEqualTo(404);
        assertThat(http.get("/indices/no-such-index").status()).isEqualTo(404);
    }

    @Test
    void test_extendCalendar_success_validation_roles_replay() {
        String id = defined();
        String body = "{\"calendar\":[{\"period\":\"2025-04\",\"releaseAt\":\"2025-05-15T09:30:00+08:00\"},"
                + "{\"period\":\"2025-05\",\"releaseAt\":\"2025-06-16T09:30:00+08:00\"}]}";
        String key = TestCredentials.idempotencyKey();

        Http.Response extended = http.post("/v1/indices/" + id + "/calendar", body, "X-API-KEY", publisher, Idempotent.HEADER, key);
        Http.Response replay = http.post("/v1/indices/" + id + "/calendar", body, "X-API-KEY", publisher, Idempotent.HEADER, key);

        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(extended.read(IndexDefinitionResponse.class).definition().calendar()).extracting(
                IndexDefinitionRequest.ReleaseDate::period).containsExactly("2025-01", "2025-02", "2025-03", "2025-04", "2025-05");
        assertThat(replay.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(http.get("/v1/indices/" + id, "X-API-KEY", reader).body()).contains("\"period\":\"2025-05\"");
        Http.Response notAfter = http.post("/v1/indices/" + id + "/calendar",
                "{\"calendar\":[{\"period\":\"2025-05\",\"releaseAt\":\"2025-06-20T09:30:00+08:00\"}]}",
                "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(notAfter.status()).isEqualTo(422);
        assertThat(notAfter.problem().field()).isEqualTo("calendar[0].period");
        Http.Response sameDay = http.post("/v1/indices/" + id + "/calendar",
                "{\"calendar\":[{\"period\":\"2025-06\",\"releaseAt\":\"2025-06-16T10:30:00+08:00\"}]}",
                "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(sameDay.status()).isEqualTo(422);
        assertThat(sameDay.problem().field()).isEqualTo("calendar[0].releaseAt");
        Http.Response empty = http.post("/v1/indices/" + id + "/calendar", "{\"calendar\":[]}",
                "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(http.post("/v1/indices/" + id + "/calendar", body, "X-API-KEY", reader, Idempotent.HEADER, "k").status())
                .isEqualTo(403);
        // the new period is releasable and the page announces the next release from the effective calendar
        clock.set(Instant.parse("2025-04-20T00:00:00Z"));
        assertThat(http.get("/indices/" + id).body()).contains("2025-04 — ");
    }

    // ---------------------------------------------------------------------------------------- loads

    @Test
    void test_loadCsv_success_thenReplay_thenReuse() {
        String id = defined();
        String csv = IndexFixtures.csv(0, 2, 1);
        String key = TestCredentials.idempotencyKey();

        Http.Response first = loadCsv(id, csv, key, publisher);
        Http.Response replay = loadCsv(id, csv, key, publisher);
        Http.Response reused = loadCsv(id, IndexFixtures.csv(0, 3, 1), key, publisher);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.read(LoadResponse.class).rows()).isEqualTo(36);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(replay.read(LoadResponse.class).loadId()).isEqualTo(first.read(LoadResponse.class).loadId());
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.problem().type()).isEqualTo("https://dataprice.org/problems/idempotency-key-reused");
    }

    @Test
    void test_loadCsv_badRows_is400AtTheFirstBadLine_andLoadsNothing() {
        String id = defined();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("a,2024-01,-3,1,API", "lines[3].price");
        bad.put("b,2024-1x,10,1,API", "lines[3].period");
        bad.put("c,2024-01,10,0,API", "lines[3].quantity");
        bad.put("d,2024-01,10,1,WEATHER", "lines[3].category");
        bad.put("a,2024-02,10,1,DATASET", "lines[3].category");
        bad.put("e,2024-01,NaN,1,API", "lines[3].price");
        bad.put("f,2024-01,10", "lines[3]");
        bad.forEach((line, field) -> {
            String csv = "product_id,period,price,quantity,category\n"
                    + "a,2024-01,10,1,API\n"
                    + line + "\n"
                    + "g,2024-01,-1,1,API\n"; // also bad, never reached: the load stops at its first bad line

            Http.Response response = loadCsv(id, csv, TestCredentials.idempotencyKey(), publisher);

            assertThat(response.status()).as(line).isEqualTo(400);
            assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/validation");
            assertThat(response.problem().violations()).as(line).extracting(Problem.Violation::field).containsExactly(field);
            assertThat(response.problem().detail()).contains("line 3", "nothing was loaded");
        });
        assertThat(publish(id, "2025-01").status()).isEqualTo(422);
    }

    @Test
    void test_loadCsv_badHeader_is400() {
        String id = defined();

        Http.Response response = loadCsv(id, "product,period,price,quantity,category\nx,2024-01,1,1,API\n",
                TestCredentials.idempotencyKey(), publisher);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem().violations()).extracting(Problem.Violation::field).contains("lines[1]");
    }

    @Test
    void test_loadCsv_emptyBody_is400() {
        assertThat(loadCsv(defined(), "", TestCredentials.idempotencyKey(), publisher).status()).isEqualTo(400);
    }

    @Test
    void test_loadCsv_withoutKey_is400_roles() {
        String id = defined();
        String csv = IndexFixtures.csv(0, 0, 1);
        assertThat(loadCsv(id, csv, null, publisher).problem().type())
                .isEqualTo("https://dataprice.org/problems/idempotency-key-missing");
        assertThat(loadCsv(id, csv, TestCredentials.idempotencyKey(), reader).status()).isEqualTo(403);
        assertThat(http.post("/v1/indices/" + id + "/transactions", csv, "Content-Type", "text/csv",
                Idempotent.HEADER, "k").status()).isEqualTo(401);
    }

    @Test
    void test_loadCsv_largeLoad_streamsAllRows() {
        String id = defined();
        StringBuilder csv = new StringBuilder("product_id,period,price,quantity,category\n");
        int rows = 150_000;
        for (int k = 0; k < rows; k++) {
            csv.append("p").append(k % 500).append(",2024-0").append(1 + k % 9).append(',').append(10 + k % 7)
                    .append(".25,").append(1 + k % 3).append(',').append(k % 500 < 250 ? "API" : "DATASET").append('\n');
        }

        Http.Response response = loadCsv(id, csv.toString(), TestCredentials.idempotencyKey(), publisher);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.read(LoadResponse.class).rows()).isEqualTo(rows);
    }

    @Test
    void test_loadOne_success_validation_replay() {
        String id = defined();
        String key = TestCredentials.idempotencyKey();
        String body = "{\"productId\":\"api-9\",\"period\":\"2024-01\",\"price\":12.5,\"quantity\":2,\"category\":\"API\"}";

        Http.Response first = http.post("/v1/indices/" + id + "/transactions", body, "X-API-KEY", publisher, Idempotent.HEADER, key);
        Http.Response replay = http.post("/v1/indices/" + id + "/transactions", body, "X-API-KEY", publisher, Idempotent.HEADER, key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(replay.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        Http.Response negative = http.post("/v1/indices/" + id + "/transactions", body.replace("12.5", "-1"),
                "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.problem().field()).isEqualTo("price");
        Http.Response category = http.post("/v1/indices/" + id + "/transactions", body.replace("\"API\"", "\"DATASET\""),
                "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(category.status()).isEqualTo(422);
        assertThat(category.problem().field()).isEqualTo("category");
        Http.Response missing = http.post("/v1/indices/" + id + "/transactions", "{\"productId\":\"x\"}",
                "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.problem().violations()).isNotEmpty();
    }

    // ---------------------------------------------------------------------------------------- releases

    @Test
    void test_publish_success_matchesProportionalityReference_andIsExactlyOnce() {
        String id = released();

        Http.Response again = publish(id, "2025-01");

        assertThat(again.status()).isEqualTo(200);
        IndexViews.Release release = again.read(IndexViews.Release.class);
        assertThat(release.vintage()).isEqualTo(1);
        assertThat(release.settings().method()).isEqualTo("geks-fisher");
        assertThat(release.settings().parameters()).containsEntry("composite", "AGGREGATED");
        IndexViews.Value api = release.values().stream()
                .filter(v -> v.series().equals("API") && v.period().equals("2025-01")).findFirst().orElseThrow();
        assertThat(api.value()).isEqualTo("112.68");
        assertThat(api.status()).isEqualTo("A");
        Http.Response latest = http.get("/v1/indices/" + id + "/latest", "X-API-KEY", reader);
        IndexViews.Latest l = latest.read(IndexViews.Latest.class);
        IndexViews.Level apiLevel = l.subIndices().stream().filter(s -> s.series().equals("API")).findFirst().orElseThrow();
        assertThat(apiLevel.changePeriod()).isEqualTo("1.00");
        assertThat(apiLevel.changeYear()).isEqualTo("12.68");
        assertThat(l.subIndices().stream().filter(s -> s.series().equals("DATASET")).findFirst().orElseThrow().changePeriod())
                .isEqualTo("2.00");
        assertThat(l.nextRelease().period()).isEqualTo("2025-02");
    }

    @Test
    void test_publish_unroundedStoredValues_equalProportionalityReference() {
        String id = released();
        Map<String, Object> fred = http.get("/v1/indices/" + id + "/observations?series=API&format=json", "X-API-KEY", reader).map();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> obs = (List<Map<String, Object>>) fred.get("observations");
        assertThat(obs.get(12).get("value")).isEqualTo("112.68");

        List<IndexStore.ObservationRow> stored = store.observations(id, 1);
        double api = stored.stream().filter(o -> o.series().equals("API") && o.period().toString().equals("2025-01"))
                .findFirst().orElseThrow().value();
        double dataset = stored.stream().filter(o -> o.series().equals("DATASET") && o.period().toString().equals("2025-01"))
                .findFirst().orElseThrow().value();
        assertThat(api).isCloseTo(IndexFixtures.API_2025_01, within(IndexFixtures.API_2025_01 * TOLERANCE));
        assertThat(dataset).isCloseTo(100 * Math.pow(1.02, 12), within(100 * Math.pow(1.02, 12) * TOLERANCE));
        // aggregated composite = Σ w_g I_g with 2024-01 expenditure shares (quantities 1+i+k, prices 10+5i)
        double eApi = 0;
        double eDs = 0;
        for (int i = 0; i < 6; i++) {
            double e = (10 + 5 * i) * ((1 + i) + (2 + i));
            if (i < 3) {
                eApi += e;
            } else {
                eDs += e;
            }
        }
        double composite = stored.stream().filter(o -> o.series().equals("COMPOSITE") && o.period().toString().equals("2025-01"))
                .findFirst().orElseThrow().value();
        double expected = (eApi * IndexFixtures.API_2025_01 + eDs * 100 * Math.pow(1.02, 12)) / (eApi + eDs);
        assertThat(composite).isCloseTo(expected, within(expected * TOLERANCE));
    }

    @Test
    void test_embargo_policyWithoutPreview_hidesValuesAndRefusesPreview() {
        String id = newId();
        define(IndexFixtures.definition(id, "geks-fisher", "{}").replace("\"publisherPreview\":true", "\"publisherPreview\":false"),
                publisher);
        loadCsv(id, IndexFixtures.csv(0, 12, 1), TestCredentials.idempotencyKey(), publisher);
        clock.set(Instant.parse("2025-02-01T00:00:00Z"));

        Http.Response computed = publish(id, "2025-01");

        assertThat(computed.status()).isEqualTo(201);
        assertThat(computed.read(IndexViews.Release.class).embargoed()).isTrue();
        assertThat(computed.read(IndexViews.Release.class).values()).isEmpty();
        Http.Response preview = http.get("/v1/indices/" + id + "/preview", "X-API-KEY", publisher);
        assertThat(preview.status()).isEqualTo(403);
        assertThat(http.get("/v1/indices/" + id + "/latest", "X-API-KEY", reader).status()).isEqualTo(404);
        assertThat(http.get("/v1/indices/" + id + "/embargo-audit", "X-API-KEY", publisher).body()).contains("\"compute\"");
    }

    @Test
    void test_publish_periodNotInCalendar_outOfOrder_noData_are422() {
        String id = released();
        Http.Response notInCalendar = publish(id, "2024-06");
        assertThat(notInCalendar.status()).isEqualTo(422);
        assertThat(notInCalendar.problem().field()).isEqualTo("period");
        Http.Response badMonth = publish(id, "2025-1");
        assertThat(badMonth.problem().field()).isEqualTo("period");
        Http.Response skipping = publish(id, "2025-03");
        assertThat(skipping.status()).isEqualTo(422);
        assertThat(skipping.problem().field()).isEqualTo("period");
        assertThat(skipping.problem().rule()).isEqualTo("invalid-state");
        Http.Response noTrades = publish(id, "2025-02");
        assertThat(noTrades.status()).isEqualTo(422);
        assertThat(noTrades.problem().rule()).isEqualTo("too-few");
    }

    @Test
    void test_publish_roles() {
        String id = defined();
        String body = "{\"period\":\"2025-01\"}";
        assertThat(http.post("/v1/indices/" + id + "/releases", body, Idempotent.HEADER, "k").status()).isEqualTo(401);
        assertThat(http.post("/v1/indices/" + id + "/releases", body, "X-API-KEY", reader, Idempotent.HEADER, "k").status())
                .isEqualTo(403);
        assertThat(http.get("/v1/indices/" + id + "/preview", "X-API-KEY", reader).status()).isEqualTo(403);
        assertThat(http.get("/v1/indices/" + id + "/embargo-audit", "X-API-KEY", reader).status()).isEqualTo(403);
        assertThat(http.get("/v1/indices/" + id + "/latest").status()).isEqualTo(401);
        assertThat(http.get("/v1/indices/" + id + "/latest", "X-API-KEY", admin).status()).isEqualTo(403);
    }

    @Test
    void test_publish_retrySameKey_answersStoredReleaseAndAuditsIt() {
        String id = defined();
        loadCsv(id, IndexFixtures.csv(0, 12, 1), TestCredentials.idempotencyKey(), publisher);
        clock.set(Instant.parse("2025-02-01T00:00:00Z"));
        String key = TestCredentials.idempotencyKey();
        Http.Response first = http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-01\"}", "X-API-KEY", publisher,
                Idempotent.HEADER, key);
        Http.Response second = http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-01\"}", "X-API-KEY", publisher,
                Idempotent.HEADER, key);
        Http.Response withoutKey = http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-01\"}", "X-API-KEY", publisher);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(withoutKey.status()).isEqualTo(200);
        assertThat(second.read(IndexViews.Release.class).values()).isEqualTo(first.read(IndexViews.Release.class).values());
        assertThat(http.get("/v1/indices/" + id + "/embargo-audit", "X-API-KEY", publisher)
                .read(io.micronaut.core.type.Argument.listOf(IndexViews.Audit.class))).hasSize(3);
    }

    @Test
    void test_publish_sufficiencyRuleAndProvisionalFlags() {
        String id = newId();
        String definition = IndexFixtures.definition(id, "jevons", "{\"linking\":\"CHAINED\"}")
                .replaceAll("\"categories\":\\[[^\\]]*\\],", "")
                .replace("\"composite\":\"AGGREGATED\",\"weightPeriod\":\"2024-01\",",
                        "\"sufficiency\":{\"minTransactions\":1,\"minProducts\":4,\"action\":\"ESTIMATE\"},\"provisionalMonths\":2,");
        assertThat(define(definition, publisher).status()).as(definition).isEqualTo(201);
        // 2025-01 has trades of 3 products only (< 4): carried forward from 2024-12 and flagged E
        StringBuilder csv = new StringBuilder("product_id,period,price,quantity\n");
        for (String line : IndexFixtures.csv(0, 12, 1).split("\n")) {
            String[] f = line.split(",");
            if (!f[0].equals("product_id") && !(f[1].equals("2025-01") && f[0].startsWith("ds-"))) {
                csv.append(f[0]).append(',').append(f[1]).append(',').append(f[2]).append(',').append(f[3]).append('\n');
            }
        }
        assertThat(loadCsv(id, csv.toString(), TestCredentials.idempotencyKey(), publisher).status()).isEqualTo(201);

        IndexViews.Release release = publish(id, "2025-01").read(IndexViews.Release.class);

        assertThat(release.settings().method()).isEqualTo("jevons");
        assertThat(release.settings().parameters()).containsEntry("linking", "CHAINED");
        IndexViews.Value dec = release.values().stream().filter(v -> v.period().equals("2024-12")).findFirst().orElseThrow();
        IndexViews.Value jan = release.values().stream().filter(v -> v.period().equals("2025-01")).findFirst().orElseThrow();
        IndexViews.Value nov = release.values().stream().filter(v -> v.period().equals("2024-11")).findFirst().orElseThrow();
        assertThat(jan.status()).isEqualTo("E");
        assertThat(jan.value()).isEqualTo(dec.value());
        assertThat(dec.status()).isEqualTo("P");
        assertThat(nov.status()).isEqualTo("A");
        assertThat(release.values()).allMatch(v -> v.series().equals("COMPOSITE"));
    }

    @Test
    void test_publish_categoryWithoutTradesInTheMonth_is422NotPublished() {
        String id = defined();
        StringBuilder csv = new StringBuilder();
        for (String line : IndexFixtures.csv(0, 12, 1).split("\n")) {
            if (!(line.contains(",2025-01,") && line.endsWith(",DATASET"))) {
                csv.append(line).append('\n');
            }
        }
        loadCsv(id, csv.toString(), TestCredentials.idempotencyKey(), publisher);

        Http.Response response = publish(id, "2025-01");

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(http.get("/v1/indices/" + id + "/latest", "X-API-KEY", reader).status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------------------------------- embargo, vintages

    @Test
    void test_embargo_invisibleBeforeRelease_previewAudited_visibleAfter_revisionsLogged() {
        String id = released();
        // late trades for 2024-12 (API products 5 % dearer) and the trades of 2025-02
        String late = "product_id,period,price,quantity,category\napi-0,2024-12,"
                + String.format(java.util.Locale.ROOT, "%.12f", 10 * Math.pow(1.01, 11) * 1.05) + ",50,API\n";
        assertThat(loadCsv(id, late, TestCredentials.idempotencyKey(), publisher).status()).isEqualTo(201);
        assertThat(loadCsv(id, IndexFixtures.csv(13, 13, 1), TestCredentials.idempotencyKey(), publisher).status()).isEqualTo(201);
        Http.Response v2 = publish(id, "2025-02");
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        IndexViews.Release release = v2.read(IndexViews.Release.class);
        assertThat(release.embargoed()).isTrue();
        assertThat(release.vintage()).isEqualTo(2);
        String embargoedValue = release.values().stream().filter(v -> v.series().equals("COMPOSITE") && v.period().equals("2025-02"))
                .findFirst().orElseThrow().value();
        assertThat(release.values()).anyMatch(v -> v.period().equals("2024-12") && v.series().equals("API") && v.status().equals("R"));

        // readers and the public see vintage 1 only
        assertThat(http.get("/v1/indices/" + id + "/latest", "X-API-KEY", reader).read(IndexViews.Latest.class).vintage()).isEqualTo(1);
        String fred = http.get("/v1/indices/" + id + "/observations", "X-API-KEY", reader).body();
        assertThat(fred).doesNotContain("2025-02-01");
        assertThat(http.get("/v1/indices/" + id + "/observations?format=sdmx-csv", "X-API-KEY", reader).body()).doesNotContain("2025-02");
        assertThat(http.get("/indices/" + id).body()).doesNotContain(embargoedValue).doesNotContain("data-period=\"2025-02\"");
        assertThat(http.get("/indices/" + id + "/data.csv").body()).doesNotContain("2025-02");
        assertThat(http.get("/v1/indices/" + id + "/revisions", "X-API-KEY", reader).body()).isEqualTo("[]");

        // the publisher previews; every pre-release access is audited
        Http.Response preview = http.get("/v1/indices/" + id + "/preview", "X-API-KEY", publisher);
        assertThat(preview.read(IndexViews.Release.class).vintage()).isEqualTo(2);
        List<Map<String, Object>> audit = http.get("/v1/indices/" + id + "/embargo-audit", "X-API-KEY", admin)
                .read(io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        assertThat(audit).extracting(a -> a.get("action")).containsExactly("compute", "preview");
        assertThat(audit).allMatch(a -> ((Number) a.get("vintage")).intValue() == 2 && a.get("principal") != null);

        // release time passes: 2025-03-15 09:30 Shanghai = 01:30 UTC
        clock.set(Instant.parse("2025-03-15T01:30:00Z"));
        IndexViews.Latest latest = http.get("/v1/indices/" + id + "/latest", "X-API-KEY", reader).read(IndexViews.Latest.class);
        assertThat(latest.vintage()).isEqualTo(2);
        assertThat(latest.composite().period()).isEqualTo("2025-02");
        assertThat(latest.composite().value()).isEqualTo(embargoedValue);
        assertThat(http.get("/indices/" + id).body()).contains("data-period=\"2025-02\"");
        List<IndexViews.RevisionEntry> revisions = http.get("/v1/indices/" + id + "/revisions", "X-API-KEY", reader)
                .read(io.micronaut.core.type.Argument.listOf(IndexViews.RevisionEntry.class));
        assertThat(revisions).extracting(IndexViews.RevisionEntry::series).contains("API", "COMPOSITE");
        // GEKS over all months revises every month a little when a month is added; 2024-12 moves most
        assertThat(revisions).allMatch(r -> r.fromVintage() == 1 && r.toVintage() == 2 && r.date().toString().equals("2025-03-15"));
        assertThat(revisions).filteredOn(r -> r.series().equals("API") && r.period().equals("2024-12"))
                .singleElement().satisfies(r -> assertThat(Double.parseDouble(r.percent())).isGreaterThan(1));

        // FRED-like: today's values and the values as published on a past date
        IndexViews.FredSeries now = http.get("/v1/indices/" + id + "/observations?series=API", "X-API-KEY", reader)
                .read(IndexViews.FredSeries.class);
        IndexViews.FredObservation dec = now.observations().get(11);
        assertThat(dec.status()).isEqualTo("R");
        assertThat(dec.realtimeStart().toString()).isEqualTo("2025-03-15");
        assertThat(dec.realtimeEnd().toString()).isEqualTo("9999-12-31");
        IndexViews.FredSeries past = http.get("/v1/indices/" + id + "/observations?series=API&asOf=2025-03-01", "X-API-KEY", reader)
                .read(IndexViews.FredSeries.class);
        assertThat(past.count()).isEqualTo(13);
        assertThat(past.observations().get(11).status()).isEqualTo("A");
        assertThat(past.observations().get(11).realtimeEnd().toString()).isEqualTo("2025-03-14");
        assertThat(past.observations().get(11).value()).isNotEqualTo(dec.value());
    }

    @Test
    void test_observations_unknownFormatOrSeries_is422ListingAllowed() {
        String id = released();
        Http.Response xml = http.get("/v1/indices/" + id + "/observations?format=xml", "X-API-KEY", reader);
        assertThat(xml.status()).as(xml.body()).isEqualTo(422);
        assertThat(xml.problem().field()).isEqualTo("format");
        assertThat(xml.problem().rule()).isEqualTo("unknown");
        assertThat(xml.problem().detail()).contains("[json, csv, sdmx-csv]");
        for (String format : List.of("json", "csv", "sdmx-csv")) {
            Http.Response r = http.get("/v1/indices/" + id + "/observations?series=api&format=" + format, "X-API-KEY", reader);
            assertThat(r.status()).as(format + r.body()).isEqualTo(422);
            assertThat(r.problem().field()).isEqualTo("series");
            assertThat(r.problem().rule()).isEqualTo("unknown");
            assertThat(r.problem().detail()).contains("[COMPOSITE, API, DATASET]");
        }
        String one = http.get("/v1/indices/" + id + "/observations?series=API&format=csv", "X-API-KEY", reader).body();
        assertThat(one.split("\r\n")).hasSize(1 + 13).allMatch(l -> l.startsWith("series,") || l.startsWith("API,"));
    }

    @Test
    void test_observations_formats() {
        String id = released();
        String sdmx = http.get("/v1/indices/" + id + "/observations", "X-API-KEY", reader,
                "Accept", "application/vnd.sdmx.data+csv;version=2.0.0").body();
        assertThat(sdmx.split("\r\n")[0]).isEqualTo("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,INDEX_ID,SERIES,TIME_PERIOD,OBS_VALUE,OBS_STATUS");
        assertThat(sdmx).contains("dataflow,DATAPRICE:DPI(1.0),I,M," + id + ",API,2025-01,112.68,A");
        assertThat(sdmx.split("\r\n")).hasSize(1 + 3 * 13);
        Http.Response csv = http.get("/v1/indices/" + id + "/observations", "X-API-KEY", reader, "Accept", "text/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("series,period,value,status\r\n").contains("API,2025-01,112.68,A");
        Http.Response fred = http.get("/v1/indices/" + id + "/observations?format=json", "X-API-KEY", reader);
        assertThat(fred.body()).contains("\"realtime_start\":\"2025-03-01\"", "\"date\":\"2024-01-01\"", "\"value\":\"100.00\"");
        assertThat(http.get("/v1/indices/" + id + "/observations", "X-API-KEY", reader, "Accept", "application/xml").status())
                .isIn(406);
        Http.Response future = http.get("/v1/indices/" + id + "/observations?asOf=2030-01-01", "X-API-KEY", reader);
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.problem().field()).isEqualTo("asOf");
        assertThat(http.get("/indices/" + id + "/data.sdmx.csv").body()).startsWith("STRUCTURE,");
        assertThat(http.get("/indices/" + id + "/data.json").body()).contains("\"series_id\":\"COMPOSITE\"");
    }

    @Test
    void test_fred_missingValueIsDot() {
        String id = defined();
        // no trades in 2024-06: that month is absent and shown as "."
        String csv = IndexFixtures.csv(0, 4, 1) + IndexFixtures.csv(6, 12, 1).substring("product_id,period,price,quantity,category\n".length());
        loadCsv(id, csv, TestCredentials.idempotencyKey(), publisher);
        assertThat(publish(id, "2025-01").status()).isEqualTo(201);

        IndexViews.FredSeries fred = http.get("/v1/indices/" + id + "/observations", "X-API-KEY", reader).read(IndexViews.FredSeries.class);

        assertThat(fred.observations()).hasSize(13);
        assertThat(fred.observations().get(5).value()).isEqualTo(".");
        assertThat(fred.observations().get(5).date().toString()).isEqualTo("2024-06-01");
    }

    @Test
    void test_methodology_jsonAndPage() {
        String id = defined();
        IndexViews.Methodology m = http.get("/v1/indices/" + id + "/methodology", "X-API-KEY", reader).read(IndexViews.Methodology.class);
        assertThat(m.version()).isEqualTo("1.0");
        assertThat(m.text()).contains("GEKS-Fisher");
        Http.Response page = http.get("/indices/" + id + "/methodology");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("编制方法", "GEKS-Fisher over all months.");
    }

    @Test
    void test_page_publicWithOneCirclePerObservation() {
        String id = released();

        Http.Response page = http.get("/indices/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body().split("<circle class=\"pt\"", -1)).hasSize(1 + 3 * 13);
        assertThat(page.body()).contains("112.68", "综合指数", "Next release", "2025-02", "/indices/" + id + "/data.sdmx.csv");
    }

    @Test
    void test_page_beforeAnyRelease_saysNoData() {
        String id = defined();
        assertThat(http.get("/indices/" + id).body()).contains("id=\"no-data\"");
        assertThat(http.get("/v1/indices/" + id + "/latest", "X-API-KEY", reader).status()).isEqualTo(404);
    }
}
