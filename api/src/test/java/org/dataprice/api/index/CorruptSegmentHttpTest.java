package org.dataprice.api.index;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.job.JobPolling;
import org.dataprice.api.job.JobResponse;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A damaged trade segment seen over HTTP (issue 14): a bulk load on the embedded H2 store is kept as checked
 * segments ({@link TradeSegments}); when one no longer matches its checksum, a request that reads it answers 503
 * {@code store-integrity} whose detail names the index, the load and the segment and what to do — never the
 * generic 500, never a figure computed from damaged trades — and no {@code Retry-After}. An index whose segments
 * are intact keeps answering, and the damaged one is not "healed" by asking again.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorruptSegmentHttpTest {
    private static final String HEADER = "product_id,period,price,quantity,category\n";

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

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        if (publisher == null) {
            publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);
        }
        clock.set(Instant.parse("2025-03-01T00:00:00Z"));
    }

    /** Defines an index and loads 40 trades of 2024-01..2024-04 by CSV; returns {index id, load id}. */
    private String[] loaded() {
        String id = "seg-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response defined = http.post("/v1/indices", IndexFixtures.definition(id, "jevons", "{}"), "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int k = 0; k < 40; k++) {
            csv.append("api-").append(k % 5).append(",2024-0").append(1 + k % 4).append(',').append(10 + k).append(".25,")
                    .append(1 + k % 3).append(",API\n");
        }
        Http.Response load = http.postBytes("/v1/indices/" + id + "/transactions", csv.toString().getBytes(StandardCharsets.UTF_8),
                "X-API-KEY", publisher, "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(load.status()).as(load.body()).isEqualTo(201);
        return new String[] {id, load.read(LoadResponse.class).loadId()};
    }

    private static void assertStoreIntegrity(Http.Response r, String indexId, String loadId) {
        assertThat(r.status()).as(r.body()).isEqualTo(503);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.problem().type()).isEqualTo(ProblemType.STORE_INTEGRITY.uri());
        assertThat(r.problem().detail()).contains("segment 0 of load " + loadId, "index '" + indexId + "'", "CRC-32",
                "Nothing was computed", "restore the store");
        assertThat(r.header("Retry-After")).isNull();
        assertThat(r.body()).doesNotContain("Exception", "org.dataprice");
    }

    @Test
    void test_aDamagedSegment_is503StoreIntegrity_namingLoadAndSegment_onEveryRead_andOtherIndicesAnswer() {
        String[] damaged = loaded();
        String[] intact = loaded();
        String trade = "/v1/indices/" + damaged[0] + "/transactions/" + damaged[1] + ":2";
        assertThat(http.get(trade, "X-API-KEY", publisher).status()).isEqualTo(200);

        SegmentTamper.flipABit(store, damaged[0]);

        assertStoreIntegrity(http.get(trade, "X-API-KEY", publisher), damaged[0], damaged[1]);
        // asking again does not heal it
        assertStoreIntegrity(http.get(trade, "X-API-KEY", publisher), damaged[0], damaged[1]);
        // a correction must read the trade it corrects: refused the same way, nothing recorded
        Http.Response correction = http.post(trade + "/corrections",
                "{\"action\":\"AMEND\",\"reason\":\"price keyed in fen (ticket 4711)\",\"price\":12.5}",
                "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertStoreIntegrity(correction, damaged[0], damaged[1]);
        Http.Response recorded = http.get("/v1/indices/" + damaged[0] + "/corrections", "X-API-KEY", publisher);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.body()).isEqualTo("[]");

        Http.Response other = http.get("/v1/indices/" + intact[0] + "/transactions/" + intact[1] + ":2", "X-API-KEY", publisher);
        assertThat(other.status()).as(other.body()).isEqualTo(200);
    }

    @Test
    void test_aReleaseJobThatReadsADamagedSegment_failsWithStoreIntegrity_andNothingIsReleased() {
        String id = "segr-" + UUID.randomUUID().toString().substring(0, 8);
        // an outlier filter makes the release read every trade's price, i.e. the segments
        String definition = IndexFixtures.definition(id, "jevons", "{}")
                .replace("\"parameters\":{},", "\"parameters\":{},\"cleaning\":{\"lowerRelative\":0.25,\"upperRelative\":4,"
                        + "\"minTransactions\":2},");
        assertThat(definition).contains("\"cleaning\"");
        Http.Response defined = http.post("/v1/indices", definition, "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        Http.Response load = http.post("/v1/indices/" + id + "/transactions", IndexFixtures.csv(0, 12, 1), "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(load.status()).as(load.body()).isEqualTo(201);
        String loadId = load.read(LoadResponse.class).loadId();
        SegmentTamper.flipABit(store, id);

        Http.Response release = http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-01\"}", "X-API-KEY", publisher,
                "Prefer", "respond-async");
        assertThat(release.status()).as(release.body()).isEqualTo(202);
        JobResponse job = JobPolling.await(http, release.header("Location"), publisher, "FAILED", "SUCCEEDED");
        assertThat(job.state()).as("%s", job).isEqualTo("FAILED");
        assertThat(job.failure().type()).isEqualTo(ProblemType.STORE_INTEGRITY.uri());
        assertThat(job.failure().reason()).contains("segment 0 of load " + loadId, "Nothing was computed");
        assertThat(http.get("/v1/indices/" + id + "/releases/1", "X-API-KEY", publisher).status()).isEqualTo(404);

        // the same release asked synchronously: 503 store-integrity
        assertStoreIntegrity(http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-01\"}", "X-API-KEY", publisher),
                id, loadId);
    }

    @Test
    void test_aLoadThatReadsADamagedSegment_failsWithStoreIntegrity_asJobAndOverHttp() {
        String id = "segh-" + UUID.randomUUID().toString().substring(0, 8);
        // characteristics: every load reads the products' stored values from the earlier loads' segments
        String definition = """
                {"id":"%s","nameEn":"Hedonic","nameZh":"特征价格","method":"time-dummy-hedonic","parameters":{},
                 "categories":null,"base":{"from":"2025-01","referenceValue":100},
                 "calendar":[{"period":"2025-01","releaseAt":"2025-02-15T09:30:00+08:00"}],
                 "embargo":{"timeZone":"Asia/Shanghai","publisherPreview":true},
                 "methodology":{"version":"1.0","text":"Time-dummy hedonic regression on size."},
                 "columns":{"period":"time","productId":"prodID","characteristics":["size_gb"],"ignored":["category"]}}
                """.formatted(id);
        Http.Response defined = http.post("/v1/indices", definition, "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        String header = "time,prodID,price,quantity,category,size_gb\n";
        Http.Response first = http.post("/v1/indices/" + id + "/transactions", header + "2025-01,P1,50.0,3,API,10\n"
                + "2025-01,P2,80.0,1,DATASET,20\n", "X-API-KEY", publisher, "Content-Type", "text/csv",
                Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String loadId = first.read(LoadResponse.class).loadId();
        SegmentTamper.flipABit(store, id);

        String more = header + "2025-02,P1,52.0,4,API,10\n";
        Http.Response job = http.post("/v1/indices/" + id + "/transactions", more, "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(job.status()).as(job.body()).isEqualTo(202);
        JobResponse failed = JobPolling.await(http, job.header("Location"), publisher, "FAILED", "SUCCEEDED");
        assertThat(failed.state()).as("%s", failed).isEqualTo("FAILED");
        assertThat(failed.failure().type()).isEqualTo(ProblemType.STORE_INTEGRITY.uri());
        assertThat(failed.failure().reason()).contains("segment 0 of load " + loadId, "Nothing was computed");

        assertStoreIntegrity(http.post("/v1/indices/" + id + "/transactions", more, "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey()), id, loadId);
    }
}
