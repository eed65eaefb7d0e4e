package org.dataprice.api.storage;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.index.IndexFixtures;
import org.dataprice.api.job.JobPolling;
import org.dataprice.api.job.JobResponse;
import org.dataprice.api.job.JobSpoolDirectory;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The free-space guard over HTTP, on a service started with a floor above this machine's free space
 * ({@code dataprice.storage.min-free-bytes=1024TB}): writes answer 507 {@code insufficient-storage} with the problem
 * body before any work, reads and calculations keep working, anonymous writes still get 401, readiness reports
 * {@code WRITES_REFUSED} (and still answers 200) and the gauges are served; once the floor is lowered writes succeed.
 * With the {@link TestSpace} hook (a simulated disk, not a filled one): a load whose Content-Length would cross the
 * floor is refused at once; a streamed (chunked) load that reaches the floor while spooling answers 507 and loads
 * nothing (the same Idempotency-Key loads afresh later); a running load job whose spool reaches the floor ends FAILED
 * with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorageGuardHttpTest {
    private static final String ABOVE_ANY_DISK = "1024TB";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ApplicationContext context;
    private EmbeddedServer server;
    private Http http;
    private StorageConfiguration configuration;
    private StorageGuard guard;
    private TestSpace space;
    private String publisher;
    private String reader;

    @BeforeAll
    void start() {
        Map<String, Object> props = new HashMap<>(TestDatabases.h2("storage-guard-http"));
        props.put("dataprice.storage.min-free-bytes", ABOVE_ANY_DISK);
        props.put("dataprice.jobs.threads", "1");
        props.put("dataprice.jobs.poll-interval", "100ms");
        props.put("dataprice.jobs.progress-interval", "100ms");
        server = ApplicationContext.run(EmbeddedServer.class, props, "test");
        context = server.getApplicationContext();
        http = new Http(server.getURL(), context.getBean(JsonMapper.class));
        configuration = context.getBean(StorageConfiguration.class);
        guard = context.getBean(StorageGuard.class);
        space = context.getBean(TestSpace.class);
        publisher = TestCredentials.key(context.getBean(ApiKeyService.class), Role.INDEX_PUBLISHER);
        reader = TestCredentials.key(context.getBean(ApiKeyService.class), Role.READER);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @BeforeEach
    void floorAboveTheDisk() {
        configuration.setMinFreeBytes(ABOVE_ANY_DISK);
        configuration.setMinFreeFraction(0);
        space.release();
        guard.refresh();
    }

    @AfterEach
    void realDisk() {
        space.release();
        guard.refresh();
    }

    private void noFloor() {
        configuration.setMinFreeBytes("0");
    }

    private Http.Response define(String id) {
        return http.post("/v1/indices", IndexFixtures.definition(id, "ccdi", "{\"window\":\"13\",\"splice\":\"MEAN\"}"),
                "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
    }

    private String defined() {
        String id = "disk-" + UUID.randomUUID().toString().substring(0, 8);
        noFloor();
        assertThat(define(id).status()).isEqualTo(201);
        return id;
    }

    private static void assertInsufficientStorage(Http.Response r, String... detail) {
        assertThat(r.status()).as(r.body()).isEqualTo(507);
        assertThat(r.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(r.header("Retry-After")).isNull();
        Problem p = r.problem();
        assertThat(p.type()).isEqualTo("https://dataprice.org/problems/insufficient-storage");
        assertThat(p.title()).isEqualTo("Insufficient storage");
        assertThat(p.status()).isEqualTo(507);
        assertThat(p.detail()).contains("bytes usable").contains("dataprice.storage.min-free-bytes").contains(detail);
    }

    /** Simulates the spool directory's file system ({@code java.io.tmpdir}); every other one has plenty. */
    private void spoolDisk(long usable) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        space.simulate(dir -> new FileSystemSpace.Space(dir.equals(tmp) ? usable : 1L << 40, 1L << 41));
        guard.refresh();
    }

    @Test
    void test_belowFloor_writesRefused507_readsAndCalculationsWork_thenLoweredFloorWrites() {
        String id = "disk-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response refused = define(id);
        assertInsufficientStorage(refused, "at least 1,125,899,906,842,624 bytes free", "Nothing was written");
        assertThat(refused.problem().instance()).isEqualTo("/v1/indices");

        assertThat(http.get("/v1/indices/" + id, "X-API-KEY", publisher).status()).as("nothing was defined").isEqualTo(404);
        assertThat(http.get("/v1/indices", "X-API-KEY", reader).status()).as("reads keep working").isEqualTo(200);
        Http.Response npv = http.post("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[0,-10000,3000,4200,6800]}",
                "X-API-KEY", reader);
        assertThat(npv.status()).as("a calculation stores nothing: " + npv.body()).isEqualTo(200);
        assertThat(http.post("/v1/indices", "{}").status()).as("anonymous: 401 first").isEqualTo(401);

        noFloor();
        Http.Response created = define(id);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    @SuppressWarnings("unchecked")
    void test_readiness_reportsWritesRefused_andWarning_stillServing() {
        Http.Response anonymous = http.get("/health/readiness");
        assertThat(anonymous.status()).as("reads still served: the instance stays in the balancer").isEqualTo(200);

        Map<String, Object> storage = storageHealth();
        assertThat(storage).containsEntry("status", "WRITES_REFUSED");
        Map<String, Object> details = (Map<String, Object>) storage.get("details");
        assertThat(details).containsEntry("writes", "refused");
        Map<String, Map<String, Object>> dirs = (Map<String, Map<String, Object>>) details.get("directories");
        assertThat(dirs).containsKeys(StorageGuard.SPOOL, JobSpoolDirectory.NAME);
        assertThat(dirs.get(StorageGuard.SPOOL)).containsEntry("level", "BELOW_FLOOR")
                .containsEntry("floorBytes", 1L << 50).containsKeys("path", "usableBytes", "warningBytes");

        configuration.setMinFreeBytes("100MB");
        spoolDisk(150L << 20); // above the floor, below twice it
        Map<String, Object> warned = storageHealth();
        assertThat(warned).containsEntry("status", "WARNING");
        assertThat((Map<String, Object>) warned.get("details")).containsEntry("writes", "accepted");

        spoolDisk(1L << 40);
        assertThat(storageHealth()).containsEntry("status", "UP");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> storageHealth() {
        Http.Response r = http.get("/health/readiness", "X-API-KEY", reader);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return (Map<String, Object>) ((Map<String, Object>) r.map().get("details")).get("storage");
    }

    @Test
    void test_prometheus_servesFreeAndFloorGauges() {
        String admin = TestCredentials.key(context.getBean(ApiKeyService.class), Role.ADMIN);
        define("disk-refused"); // one refusal counted
        Http.Response r = http.get("/prometheus", "X-API-KEY", admin);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).containsPattern("dataprice_storage_free_bytes\\{directory=\"spool\",path=\"[^\"]+\"} [0-9.E]+")
                .contains("dataprice_storage_floor_bytes{directory=\"jobs-spool\"")
                .containsPattern("dataprice_storage_refused_total\\{directory=\"spool\"} [1-9]");
    }

    @Test
    void test_load_declaredLengthAboveTheSpoolsRoom_refusedAtOnce() {
        String id = defined();
        configuration.setMinFreeBytes("1MB");
        String csv = IndexFixtures.csv(0, 12, 1);
        int length = csv.getBytes(StandardCharsets.UTF_8).length;
        spoolDisk((1L << 20) + length - 1); // one byte short
        Http.Response r = http.post("/v1/indices/" + id + "/transactions", csv, "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertInsufficientStorage(r, String.format(java.util.Locale.ROOT, "this request declares %,d bytes", length),
                "spool directory");

        spoolDisk((1L << 20) + 10L * length); // room for the body and its spool (which may be larger than the CSV)
        Http.Response loaded = http.post("/v1/indices/" + id + "/transactions", csv, "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
    }

    /** 20,000 rows: the spool writes ≈ 600 KB of them, past the 200 KB of room simulated. */
    private static byte[] largeCsv() {
        StringBuilder csv = new StringBuilder("product_id,period,price,quantity,category\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("api-").append(i % 3).append(",2024-0").append(1 + i % 9).append(",10.5,").append(1 + i % 7)
                    .append(",API\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> chunked(String path, byte[] body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))); // no length: chunked
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void test_streamedLoad_reachesTheFloorWhileSpooling_507NothingLoaded() throws Exception {
        String id = defined();
        configuration.setMinFreeBytes("1MB");
        spoolDisk((1L << 20) + 200_000);
        byte[] csv = largeCsv();
        String key = TestCredentials.idempotencyKey();
        HttpResponse<String> r = chunked("/v1/indices/" + id + "/transactions", csv, "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, key);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(507);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Problem.MEDIA_TYPE));
        assertThat(r.body()).contains("insufficient-storage").contains("the streamed upload has written")
                .contains("spool directory");

        spoolDisk(1L << 40);
        HttpResponse<String> again = chunked("/v1/indices/" + id + "/transactions", csv, "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, key);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(again.headers().firstValue(Idempotent.REPLAYED_HEADER)).as("the refused load stored nothing: no replay")
                .isEmpty();
        assertThat(again.body()).contains("\"rows\":20000");
    }

    @Test
    void test_loadJob_spoolReachesTheFloor_jobFailedWithTheReason() throws Exception {
        String id = defined();
        configuration.setMinFreeBytes("1MB");
        spoolDisk((1L << 20) + 200_000); // the upload goes to the job spool (plenty); the load's own spool has 200 KB
        HttpResponse<String> accepted = chunked("/v1/indices/" + id + "/transactions", largeCsv(), "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JobResponse job = JobPolling.await(http, location, publisher, "FAILED", "SUCCEEDED");
        assertThat(job.state()).isEqualTo("FAILED");
        assertThat(job.failure()).as("%s", job).isNotNull();
        assertThat(job.failure().type()).isEqualTo("https://dataprice.org/problems/insufficient-storage");
        assertThat(job.failure().reason()).contains("the streamed upload has written").contains("Nothing was written");
    }

    /**
     * A job queued behind another when the disk fills up is not claimed: it stays QUEUED, poll after poll (every
     * 100 ms here), with nothing written, and runs once space is back. Job A, a 600,000-row load, holds the one job
     * thread while job B waits behind it; the floor is raised above the disk right after B was accepted.
     */
    @Test
    void test_belowTheFloor_aQueuedJobStaysQueued_andRunsOnceSpaceIsBack() throws Exception {
        String id = defined();
        StringBuilder rows = new StringBuilder("product_id,period,price,quantity,category\n");
        for (int i = 0; i < 600_000; i++) {
            rows.append("api-").append(i % 50).append(",2024-0").append(1 + i % 9).append(",10.5,1,API\n");
        }
        String first = async(id, rows.toString().getBytes(StandardCharsets.UTF_8));
        String second = async(id, largeCsv());
        JobResponse waiting = http.get(second, "X-API-KEY", publisher).read(JobResponse.class);
        assertThat(waiting.state()).as("B waits behind A on the one job thread").isEqualTo("QUEUED");

        configuration.setMinFreeBytes(ABOVE_ANY_DISK);
        guard.refresh();
        JobResponse a = JobPolling.await(http, first, publisher, "FAILED", "SUCCEEDED");
        assertThat(a.state()).isIn("FAILED", "SUCCEEDED");
        long until = System.nanoTime() + Duration.ofMillis(1_500).toNanos();
        while (System.nanoTime() < until) {
            assertThat(http.get(second, "X-API-KEY", publisher).read(JobResponse.class).state())
                    .as("a job is not started below the floor").isEqualTo("QUEUED");
            Thread.sleep(100);
        }

        noFloor();
        guard.refresh();
        JobResponse b = JobPolling.await(http, second, publisher, "FAILED", "SUCCEEDED");
        assertThat(b.state()).as("%s", b).isEqualTo("SUCCEEDED");
    }

    private String async(String indexId, byte[] csv) throws IOException, InterruptedException {
        HttpResponse<String> accepted = chunked("/v1/indices/" + indexId + "/transactions", csv, "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return accepted.headers().firstValue("Location").orElseThrow();
    }
}
