package org.dataprice.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.job.JobResponse;
import org.dataprice.api.job.JobRepository;
import org.dataprice.api.job.JobRow;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The index's long work as jobs over HTTP: a release with {@code Prefer: respond-async} answers 202 and its job links to
 * the stored vintage (the same period again links to the same vintage, stored once); a bulk CSV load is spooled and
 * loaded by a job (all rows or none: a bad row fails the job naming {@code lines[n].column}); bad requests are refused
 * before any job; the public index page shows "computing…" with a Refresh header while a release job is active.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexJobsHttpTest {
    private ApplicationContext context;
    private Http http;
    private String publisher;

    @BeforeAll
    void start() {
        Map<String, Object> props = new HashMap<>(TestDatabases.h2("index-jobs-http"));
        props.put("dataprice.jobs.threads", "1");
        props.put("dataprice.jobs.poll-interval", "100ms");
        props.put("dataprice.jobs.progress-interval", "100ms");
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props, "test");
        context = server.getApplicationContext();
        context.getBean(TestClock.class).set(Instant.parse("2025-03-01T00:00:00Z"));
        http = new Http(server.getURL(), context.getBean(JsonMapper.class));
        publisher = TestCredentials.key(context.getBean(ApiKeyService.class), Role.INDEX_PUBLISHER);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    private String defined() {
        String id = "jobs-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response r = http.post("/v1/indices", IndexFixtures.definition(id, "ccdi", "{\"window\":\"13\",\"splice\":\"MEAN\"}"),
                "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return id;
    }

    private Http.Response loadAsync(String id, String csv, String key) {
        return http.post("/v1/indices/" + id + "/transactions", csv, "X-API-KEY", publisher, "Content-Type", "text/csv",
                Idempotent.HEADER, key, "Prefer", "respond-async");
    }

    private JobResponse await(String location, String... states) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JobResponse j = http.get(location, "X-API-KEY", publisher).read(JobResponse.class);
        while (!List.of(states).contains(j.state()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            j = http.get(location, "X-API-KEY", publisher).read(JobResponse.class);
        }
        assertThat(j.state()).as("job %s", j).isIn((Object[]) states);
        return j;
    }

    @Test
    void test_loadAndRelease_asJobs_resultsLinked_releaseStoredOnce() {
        String id = defined();
        String key = TestCredentials.idempotencyKey();
        Http.Response load = loadAsync(id, IndexFixtures.csv(0, 12, 1), key);
        assertThat(load.status()).as(load.body()).isEqualTo(202);
        assertThat(load.header("Preference-Applied")).isEqualTo("respond-async");
        JobResponse loaded = await(load.header("Location"), "SUCCEEDED");
        assertThat(loaded.kind()).isEqualTo(IndexJobs.LOAD);
        assertThat(loaded.result()).startsWith("/v1/indices/" + id + "/transactions/").endsWith(":2");
        Http.Response trade = http.get(loaded.result(), "X-API-KEY", publisher);
        assertThat(trade.status()).as(trade.body()).isEqualTo(200);
        Http.Response again = loadAsync(id, IndexFixtures.csv(0, 12, 1), key);
        assertThat(again.header("Location")).as("same key, same job").isEqualTo(load.header("Location"));
        assertThat(loadAsync(id, IndexFixtures.csv(0, 11, 1), key).status()).as("same key, another upload").isEqualTo(422);

        Http.Response release = http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-01\"}", "X-API-KEY", publisher,
                "Prefer", "respond-async");
        assertThat(release.status()).as(release.body()).isEqualTo(202);
        JobResponse released = await(release.header("Location"), "SUCCEEDED");
        assertThat(released.result()).isEqualTo("/v1/indices/" + id + "/releases/1");
        assertThat(http.get(released.result(), "X-API-KEY", publisher).read(IndexViews.Release.class).period()).isEqualTo("2025-01");
        Http.Response second = http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-01\"}", "X-API-KEY", publisher,
                "Prefer", "respond-async");
        assertThat(await(second.header("Location"), "SUCCEEDED").result()).as("stored once, linked again")
                .isEqualTo(released.result());
        Http.Response cancelDone = http.send("DELETE", second.header("Location"), null, "X-API-KEY", publisher);
        assertThat(cancelDone.status()).isEqualTo(409);
        assertThat(http.get("/v1/indices/" + id + "/releases/2", "X-API-KEY", publisher).status()).isEqualTo(404);
    }

    @Test
    void test_badRequests_refusedBeforeAJob_badRowFailsTheJob() {
        String id = defined();
        assertThat(http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2031-01\"}", "X-API-KEY", publisher,
                "Prefer", "respond-async").status()).as("not in the calendar").isEqualTo(422);
        assertThat(http.post("/v1/indices/nope-" + id + "/releases", "{\"period\":\"2025-01\"}", "X-API-KEY", publisher,
                "Prefer", "respond-async").status()).isEqualTo(404);
        assertThat(http.post("/v1/indices/" + id + "/transactions", IndexFixtures.csv(0, 1, 1), "X-API-KEY", publisher,
                "Content-Type", "text/csv", "Prefer", "respond-async").status()).as("no Idempotency-Key").isEqualTo(400);
        assertThat(loadAsync("nope-" + id, IndexFixtures.csv(0, 1, 1), TestCredentials.idempotencyKey()).status()).isEqualTo(404);
        assertThat(http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-01\"}", "Prefer", "respond-async").status())
                .isEqualTo(401);
        assertThat(http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-01\"}", "X-API-KEY",
                TestCredentials.key(context.getBean(ApiKeyService.class), Role.READER), "Prefer", "respond-async").status())
                .isEqualTo(403);
        String bad = IndexFixtures.csv(0, 1, 1).replaceFirst("\n(api-0,2024-01,)[^,]+,", "\n$1-5,");
        Http.Response load = loadAsync(id, bad, TestCredentials.idempotencyKey());
        assertThat(load.status()).as(load.body()).isEqualTo(202);
        JobResponse failed = await(load.header("Location"), "FAILED");
        assertThat(failed.failure().type()).endsWith("/validation");
        assertThat(failed.failure().reason()).contains("lines[2].price");
        assertThat(failed.result()).isNull();
        assertThat(http.get("/v1/indices/" + id + "/transactions/" + "x:1", "X-API-KEY", publisher).status()).isIn(400, 404);
    }

    @Test
    void test_indexPage_showsComputingWhileAReleaseJobIsActive() {
        String id = defined();
        Http.Response plain = http.get("/indices/" + id);
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.body()).doesNotContain("id=\"computing\"");
        assertThat(plain.header("Refresh")).isNull();
        // a release job that stays QUEUED: bound to another instance, so this one never claims it
        context.getBean(JobRepository.class).save(new JobRow(UUID.randomUUID().toString(), IndexJobs.RELEASE,
                IndexJobs.subject(id), "apikey:someone", "INDEX_PUBLISHER", null, "0".repeat(64), "{\"period\":\"2025-01\"}",
                "QUEUED", false, 0, 0, Instant.now(), null, null, null, null, null, null, null, null, "another-instance", 0));
        Http.Response computing = http.get("/indices/" + id);
        assertThat(computing.status()).isEqualTo(200);
        assertThat(computing.body()).contains("id=\"computing\"").contains("Computing the next release");
        assertThat(computing.header("Refresh")).isEqualTo("5");
        assertThat(computing.header("Cache-Control")).isEqualTo("no-store");
    }

    /**
     * The index page follows a release job to its end with no manual step: "computing…" (Refresh, no-store) while the
     * job is queued, then, once the job SUCCEEDED, the page itself shows the release (vintage 1, the released period's
     * headline, no notice, no Refresh). The page is rendered from the stored releases on every request, not an issued
     * document, so nothing has to be re-issued. A cancelled release job leaves the page as it was.
     */
    @Test
    void test_indexPage_releaseJobDone_pageShowsTheRelease() {
        String id = defined();
        Http.Response load = http.post("/v1/indices/" + id + "/transactions", IndexFixtures.csv(0, 12, 1), "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(load.status()).as(load.body()).isIn(200, 201);
        Http.Response before = http.get("/indices/" + id);
        assertThat(before.body()).contains("id=\"no-data\"").doesNotContain("id=\"vintage\"").doesNotContain("id=\"computing\"");

        // queued on another instance: computing; cancelled: the page as before
        String queued = UUID.randomUUID().toString();
        context.getBean(JobRepository.class).save(new JobRow(queued, IndexJobs.RELEASE, IndexJobs.subject(id), "apikey:someone",
                "INDEX_PUBLISHER", null, "0".repeat(64), "{\"period\":\"2025-01\"}", "QUEUED", false, 0, 0, Instant.now(), null,
                null, null, null, null, null, null, null, "another-instance", 0));
        assertThat(http.get("/indices/" + id).body()).contains("id=\"computing\"");
        assertThat(context.getBean(org.dataprice.api.job.JobService.class).cancel(queued, "apikey:someone", false).stopped()).isTrue();
        Http.Response cancelled = http.get("/indices/" + id);
        assertThat(cancelled.body()).doesNotContain("id=\"computing\"").contains("id=\"no-data\"");
        assertThat(cancelled.header("Refresh")).isNull();

        Http.Response release = http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-01\"}", "X-API-KEY", publisher,
                "Prefer", "respond-async");
        assertThat(release.status()).as(release.body()).isEqualTo(202);
        assertThat(await(release.header("Location"), "SUCCEEDED").result()).isEqualTo("/v1/indices/" + id + "/releases/1");
        Http.Response done = http.get("/indices/" + id);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.header("Refresh")).as("nothing computing").isNull();
        assertThat(done.body()).doesNotContain("id=\"computing\"").doesNotContain("id=\"no-data\"")
                .contains("id=\"vintage\"").contains("Vintage 1").contains("id=\"headline\"").contains("2025-01 指数 Level");
    }

    /**
     * The crash window of a load job: the run commits the rows, then is killed before the second transaction marks the
     * job SUCCEEDED. Simulated exactly: the load committed by {@link TransactionLoader#loadCsv} under the job's owner and
     * key, the job left RUNNING by a dead instance with a silent heartbeat. Recovery marks it SUCCEEDED with the load's
     * link (and deletes the spool); a lost run whose load never committed, or a load under the key with another upload,
     * is still FAILED "interrupted by restart".
     */
    @Test
    void test_loadJob_killedAfterItsCommit_recoveredSucceededWithItsLoad() throws Exception {
        String id = defined();
        String owner = "apikey:lost-run-" + UUID.randomUUID();
        byte[] csv = IndexFixtures.csv(0, 12, 1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] other = IndexFixtures.csv(0, 11, 1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        TransactionLoader loader = context.getBean(TransactionLoader.class);

        String committedKey = TestCredentials.idempotencyKey();
        TransactionLoader.Outcome committed = loader.loadCsv(id, new java.io.ByteArrayInputStream(csv),
                java.nio.charset.StandardCharsets.UTF_8, owner, committedKey); // the lost run's first transaction
        String reusedKey = TestCredentials.idempotencyKey();
        loader.loadCsv(id, new java.io.ByteArrayInputStream(other), java.nio.charset.StandardCharsets.UTF_8, owner, reusedKey);

        LostLoad stored = lostLoad(id, owner, committedKey, csv);
        LostLoad never = lostLoad(id, owner, TestCredentials.idempotencyKey(), csv);
        LostLoad reused = lostLoad(id, owner, reusedKey, csv);

        JobRow done = awaitRecovered(stored.jobId());
        assertThat(done.state()).as("%s", done).isEqualTo("SUCCEEDED");
        assertThat(done.resultLink()).isEqualTo("/v1/indices/" + id + "/transactions/" + committed.response().loadId() + ":2");
        assertThat(done.failureReason()).isNull();
        assertThat(java.nio.file.Files.exists(stored.spool())).as("spool deleted").isFalse();
        Http.Response trade = http.get(done.resultLink(), "X-API-KEY", publisher);
        assertThat(trade.status()).as(trade.body()).isEqualTo(200);

        for (LostLoad lost : List.of(never, reused)) {
            JobRow failed = awaitRecovered(lost.jobId());
            assertThat(failed.state()).as("%s", failed).isEqualTo("FAILED");
            assertThat(failed.failureReason()).isEqualTo(org.dataprice.api.job.JobRunner.INTERRUPTED);
            assertThat(failed.resultLink()).isNull();
            assertThat(java.nio.file.Files.exists(lost.spool())).as("spool deleted").isFalse();
        }
    }

    private record LostLoad(String jobId, java.nio.file.Path spool) {
    }

    /** A load job left RUNNING by a dead instance, its heartbeat two hours old, its upload spooled. */
    private LostLoad lostLoad(String indexId, String owner, String key, byte[] upload) throws Exception {
        java.nio.file.Path spool = java.nio.file.Files.createTempFile("lost-load-", ".csv");
        java.nio.file.Files.write(spool, upload);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(upload));
        String input = context.getBean(JsonMapper.class).writeValueAsString(
                new IndexJobs.Spooled(spool.toString(), "UTF-8", key, sha));
        Instant now = context.getBean(TestClock.class).instant();
        String jobId = UUID.randomUUID().toString();
        context.getBean(JobRepository.class).save(new JobRow(jobId, IndexJobs.LOAD, IndexJobs.subject(indexId), owner,
                "INDEX_PUBLISHER", key, "0".repeat(64), input, "RUNNING", false, 0, 1, now.minusSeconds(7300),
                now.minusSeconds(7200), null, now.minusSeconds(7200), null, null, null, null, "lost-run", "dead-instance", 1));
        return new LostLoad(jobId, spool);
    }

    private JobRow awaitRecovered(String jobId) throws InterruptedException {
        JobRepository jobs = context.getBean(JobRepository.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JobRow row = jobs.findById(jobId).orElseThrow();
        while ("RUNNING".equals(row.state()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            row = jobs.findById(jobId).orElseThrow();
        }
        return row;
    }
}
