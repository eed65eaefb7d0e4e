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
import org.dataprice.index.series.Revision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trips of the index area's mappings, each from a fully populated input (every optional field set,
 * checked by {@link #assertFullyPopulated}), so that a field dropped on the way fails: a definition request
 * through its storage and back; a release row with its observations, corrections, hedonic explanation and
 * revisions through the store; a correction request through the core correction to its stored view.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexMappingRoundTripTest {
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
    ReleaseJson releaseJson;

    Http http;
    String publisher;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);
    }

    /** Fails when a record component (recursively, through lists and map values) is null or an empty collection. */
    static void assertFullyPopulated(Object value, String path) {
        assertFullyPopulated(value, path, java.util.Set.of());
    }

    /**
     * @param except paths that a valid input cannot set together with the others (checked by a second input)
     */
    static void assertFullyPopulated(Object value, String path, java.util.Set<String> except) {
        if (except.contains(path)) {
            return;
        }
        assertThat(value).as(path + " is null: the input is not fully populated").isNotNull();
        if (value instanceof Collection<?> c) {
            assertThat(c).as(path + " is empty").isNotEmpty();
            int i = 0;
            for (Object o : c) {
                assertFullyPopulated(o, path + "[" + i++ + "]", except);
            }
        } else if (value instanceof Map<?, ?> m) {
            assertThat(m).as(path + " is empty").isNotEmpty();
            m.forEach((k, v) -> assertFullyPopulated(v, path + "." + k, except));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                try {
                    assertFullyPopulated(rc.getAccessor().invoke(value), path + "." + rc.getName(), except);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    /**
     * A definition of the time-dummy hedonic method with every field but the categories (and the composite and
     * weight period that go with them), which that method refuses; {@link #categoryDefinition} sets those.
     */
    private static String hedonicDefinition(String id) {
        return """
                {"id":"%s","nameEn":"Round trip","nameZh":"往返","method":"time-dummy-hedonic",
                 "parameters":{"weighted":"true"},
                 "base":{"from":"2024-01","to":"2024-03","referenceValue":1000},
                 "cleaning":{"lowerRelative":0.25,"upperRelative":4,"minTransactions":2},
                 "sufficiency":{"minTransactions":3,"minProducts":2,"action":"ESTIMATE"},
                 "provisionalMonths":2,"decimals":4,
                 "calendar":[{"period":"2025-01","releaseAt":"2025-02-15T09:30:00+08:00"},
                             {"period":"2025-02","releaseAt":"2025-03-15T09:30:00+08:00"}],
                 "embargo":{"timeZone":"Asia/Shanghai","publisherPreview":true},
                 "methodology":{"version":"2.1","text":"Every field set."},
                 "columns":{"period":"month","productId":"sku","price":"unit_price","quantity":"units",
                            "characteristics":["size_gb"],"ignored":["note", "kind"],
                            "categoricalCharacteristics":["region"]}}
                """.formatted(id);
    }

    /** A definition with categories, a composite, a weight period and a category column (no characteristics). */
    private static String categoryDefinition(String id) {
        return IndexFixtures.definition(id, "ccdi", "{\"window\":\"13\",\"splice\":\"MEAN\"}")
                .replace("\"composite\"", "\"cleaning\":{\"lowerRelative\":0.25,\"upperRelative\":4,\"minTransactions\":1},"
                        + "\"provisionalMonths\":1,\"decimals\":2,\"composite\"")
                .replace("\"from\":\"2024-01\",", "\"from\":\"2024-01\",\"to\":\"2024-02\",")
                .replace("\"methodology\"", "\"columns\":{\"period\":\"month\",\"productId\":\"sku\",\"price\":\"unit_price\","
                        + "\"quantity\":\"units\",\"category\":\"kind\",\"ignored\":[\"note\"]},\"methodology\"");
    }

    private String defined() throws Exception {
        String id = "rt-" + UUID.randomUUID().toString().substring(0, 8);
        definitions.define(json.readValue(categoryDefinition(id), IndexDefinitionRequest.class), "tester");
        return id;
    }

    @Test
    void test_definition_storedAndReadBack_keepsEveryField() throws Exception {
        String hedonic = "rt-" + UUID.randomUUID().toString().substring(0, 8);
        String categories = "rt-" + UUID.randomUUID().toString().substring(0, 8);
        IndexDefinitionRequest h = json.readValue(hedonicDefinition(hedonic), IndexDefinitionRequest.class);
        IndexDefinitionRequest c = json.readValue(categoryDefinition(categories), IndexDefinitionRequest.class);
        assertFullyPopulated(h, "definition", java.util.Set.of("definition.categories", "definition.composite",
                "definition.weightPeriod", "definition.columns.category"));
        assertThat(List.of(c.categories(), c.composite(), c.weightPeriod(), c.columns().category())).doesNotContainNull();
        for (IndexDefinitionRequest request : List.of(h, c)) {
            definitions.define(request, "tester");
            IndexDefinitionRequest back = definitions.response(request.id()).definition();
            assertThat(back).isEqualTo(request);
            assertThat(IndexDefinitions.toModel(back)).isEqualTo(IndexDefinitions.toModel(request));
        }
    }

    @Test
    void test_revisionRows_roundTrip_keepEveryRevisionInOrder() {
        LocalDate date = LocalDate.of(2025, 3, 15);
        Map<String, List<Revision>> revisions = new LinkedHashMap<>();
        revisions.put("COMPOSITE", List.of(new Revision(YearMonth.of(2024, 11), 101.5, 101.75, 1, 3, date, "monthly release"),
                new Revision(YearMonth.of(2024, 12), 102.0, 103.125, 2, 3, date, "monthly release")));
        revisions.put("API", List.of(new Revision(YearMonth.of(2024, 12), 99.5, 98.25, 2, 3, date, "monthly release")));
        IndexStore.ReleaseRow release = new IndexStore.ReleaseRow("x", 3, YearMonth.of(2025, 2), Instant.EPOCH, date,
                "monthly release", "{}", 9, Instant.EPOCH, "p", List.of());
        List<IndexStore.RevisionRow> rows = IndexStore.RevisionRow.of(revisions);
        assertThat(rows).extracting(IndexStore.RevisionRow::seq).containsExactly(1, 2, 3);
        assertThat(IndexStore.RevisionRow.revisions(release, rows)).isEqualTo(revisions);
    }

    @Test
    void test_release_storedAndReadBack_keepsEveryField() throws Exception {
        String id = defined();
        Instant at = Instant.parse("2025-02-15T01:30:00.123456Z");
        IndexStore.ReleaseRow v1 = new IndexStore.ReleaseRow(id, 1, YearMonth.of(2025, 1), at, LocalDate.of(2025, 2, 15),
                "monthly release", "{\"method\":\"jevons\",\"parameters\":{}}", 12, at.minusSeconds(60), "alice",
                List.of("c-1", "c-2"));
        assertThat(store.insertRelease(v1, List.of(new IndexStore.ObservationRow(1, "COMPOSITE", YearMonth.of(2024, 12),
                1003.25, "A")), null)).isTrue();
        IndexViews.HedonicExplanation explanation = new IndexViews.HedonicExplanation("time-dummy-hedonic", true,
                List.of("size_gb", "region=north"), 40, 10, 4, 6, 34, 0.9, 0.88, 0.03,
                List.of(new IndexViews.Coefficient("intercept", 3.4, 0.03), new IndexViews.Coefficient("period:2025-02", 0.03,
                        0.02)), List.of("few observations"));
        assertFullyPopulated(explanation, "explanation");
        IndexStore.ReleaseRow v2 = new IndexStore.ReleaseRow(id, 2, YearMonth.of(2025, 2), at.plus(28, ChronoUnit.DAYS),
                LocalDate.of(2025, 3, 15), "late trades", "{\"method\":\"time-dummy-hedonic\",\"parameters\":{\"weighted\":\"true\"}}",
                13, at.plus(27, ChronoUnit.DAYS), "bob", List.of("c-3"));
        assertFullyPopulated(v2, "release");
        Map<String, List<Revision>> revisions = Map.of("COMPOSITE", List.of(new Revision(YearMonth.of(2024, 12), 1003.25,
                1004.5, 1, 2, v2.realtimeStart(), v2.reason())));
        List<IndexStore.ObservationRow> observations = List.of(
                new IndexStore.ObservationRow(2, "COMPOSITE", YearMonth.of(2024, 12), 1004.5, "R"),
                new IndexStore.ObservationRow(2, "COMPOSITE", YearMonth.of(2025, 1), 1010.0, "P"));
        assertThat(store.insertRelease(v2, observations, releaseJson.write(explanation), revisions)).isTrue();

        assertThat(store.release(id, 2)).contains(v2);
        assertThat(store.release(id, YearMonth.of(2025, 2))).contains(v2);
        assertThat(store.vintageObservations(id, 2)).isEqualTo(observations);
        assertThat(releaseJson.explanation(id, 2)).contains(explanation);
        assertThat(releaseJson.settings(v2)).isEqualTo(new IndexViews.Settings("time-dummy-hedonic", Map.of("weighted", "true")));
        assertThat(store.revisions(v2)).isEqualTo(revisions);
        assertThat(store.revisions(v1)).isEmpty();
    }

    @Test
    void test_correction_requestToStoredView_keepsEveryField() throws Exception {
        clock.set(Instant.parse("2025-03-01T00:00:00.123456Z"));
        String id = "rt-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post("/v1/indices", IndexFixtures.definition(id, "jevons", "{}"), "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey()).status()).isEqualTo(201);
        Http.Response load = http.post("/v1/indices/" + id + "/transactions",
                "{\"productId\":\"api-0\",\"period\":\"2024-06\",\"price\":10,\"quantity\":2,\"category\":\"API\"}",
                "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(load.status()).as(load.body()).isEqualTo(201);
        String ref = load.read(LoadResponse.class).loadId() + ":1";
        CorrectionRequest request = new CorrectionRequest("AMEND", "keyed wrongly", "api-1", "2024-07", 12.5, 3.0);
        assertFullyPopulated(request, "correction");
        Http.Response made = http.post("/v1/indices/" + id + "/transactions/" + ref + "/corrections",
                json.writeValueAsString(request), "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        CorrectionView view = http.get("/v1/indices/" + id + "/transactions/" + ref + "/corrections", "X-API-KEY", publisher)
                .read(io.micronaut.core.type.Argument.listOf(CorrectionView.class)).get(0);
        assertThat(view).isEqualTo(made.read(CorrectionView.class));
        assertThat(List.of(view.action(), view.reason(), view.productId(), view.period(), view.price(), view.quantity()))
                .containsExactly(request.action(), request.reason(), request.productId(), request.period(), request.price(),
                        request.quantity());
        assertThat(view.transaction()).isEqualTo(ref);
        assertThat(view.indexId()).isEqualTo(id);
        assertThat(view.sequence()).isEqualTo(1);
        assertThat(view.actor()).isNotBlank();
        assertThat(view.createdAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
