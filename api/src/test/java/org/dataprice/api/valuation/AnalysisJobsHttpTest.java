package org.dataprice.api.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.job.JobList;
import org.dataprice.api.job.JobPolling;
import org.dataprice.api.job.JobResponse;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The valuation analyses as jobs over HTTP, and the job resource ({@code /v1/jobs}): {@code Prefer: respond-async} or a
 * request above the threshold answers 202 with {@code Location: /v1/jobs/{id}}; the job shows its progress and, done,
 * links to the stored run, which equals the synchronous answer to the same request; the same Idempotency-Key returns
 * the same job; a cancel really stops the work (the single worker is free again at once) and stores nothing; a cancel
 * after success is 409; another caller's job is 404 (ADMIN may see it); the per-caller limit answers 429 with
 * Retry-After; bad input is refused before any job is made.
 */
@MicronautTest(transactional = false)
@Property(name = "dataprice.valuation.max-draws", value = "5000000")
@Property(name = "dataprice.jobs.threads", value = "1")
@Property(name = "dataprice.jobs.max-active-per-caller", value = "2")
@Property(name = "dataprice.jobs.async-draws", value = "3000")
@Property(name = "dataprice.jobs.async-cells", value = "200")
@Property(name = "dataprice.jobs.progress-interval", value = "100ms")
@Property(name = "dataprice.jobs.poll-interval", value = "200ms")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisJobsHttpTest {
    private static final String MONTE_CARLO = """
            {"seed":7,"draws":2500,"histogramBins":10,"inputs":[{"driver":"incomeScale","distribution":{"kind":"UNIFORM","min":0.8,"max":1.2}}]}""";
    /** Millions of draws: minutes of work, so it is surely running when it is cancelled. */
    private static final String ENDLESS = """
            {"seed":1,"draws":5000000,"inputs":[{"driver":"incomeScale","distribution":{"kind":"UNIFORM","min":0.8,"max":1.2}}]}""";
    private static final String SENSITIVITY = """
            {"tornado":[{"driver":"incomeScale","low":0.9,"high":1.1}],
             "twoWay":{"row":"incomeScale","rowValues":[0.9,1.0,1.1],"column":"comparablePriceScale","columnValues":[1.0,1.5]}}""";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    io.micronaut.context.ApplicationContext context;

    private Http http() {
        return new Http(server.getURL(), json);
    }

    private String valuation(String appraiser, String reference) {
        Http.Response r = http().post("/v1/valuations", ValuationFixtures.engagement(reference), "X-API-KEY", appraiser,
                "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.read(ValuationResponse.class).id();
    }

    private Http.Response post(String id, String what, String body, String key, String idempotencyKey, String... more) {
        String[] headers = new String[4 + more.length];
        headers[0] = "X-API-KEY";
        headers[1] = key;
        headers[2] = "Idempotency-Key";
        headers[3] = idempotencyKey;
        System.arraycopy(more, 0, headers, 4, more.length);
        return http().post("/v1/valuations/" + id + "/" + what, body, headers);
    }

    private JobResponse job(String location, String key) {
        return JobPolling.job(http(), location, key);
    }

    private JobResponse await(String location, String key, String... states) {
        return JobPolling.await(http(), location, key, states);
    }

    private JobResponse awaitProgress(String location, String key) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JobResponse j = job(location, key);
        while (j.progress().done() == 0 && System.nanoTime() < deadline) {
            JobPolling.sleep(50);
            j = job(location, key);
        }
        return j;
    }

    @Test
    void test_preferAsync_202_jobSucceeds_resultEqualsTheSynchronousAnswer() {
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String id = valuation(appraiser, "DP-JOB-1");
        Http.Response sync = post(id, "monte-carlo", MONTE_CARLO.replace("2500", "2000"), appraiser, TestCredentials.idempotencyKey());
        assertThat(sync.status()).as("small stays synchronous").isEqualTo(201);

        Http.Response accepted = post(id, "monte-carlo", MONTE_CARLO.replace("2500", "2000"), appraiser,
                TestCredentials.idempotencyKey(), "Prefer", "respond-async, wait=5");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.header("Preference-Applied")).isEqualTo("respond-async");
        String location = accepted.header("Location");
        assertThat(location).matches("/v1/jobs/[0-9a-f-]{36}");
        JobResponse queued = accepted.read(JobResponse.class);
        assertThat(queued.href()).isEqualTo(location);
        assertThat(queued.kind()).isEqualTo("valuation.monte-carlo");
        assertThat(queued.subject()).isEqualTo("/v1/valuations/" + id);

        JobResponse done = await(location, appraiser, "SUCCEEDED");
        assertThat(done.result()).isEqualTo("/v1/valuations/" + id + "/analyses/2");
        assertThat(done.progress().done()).isEqualTo(2000);
        assertThat(done.progress().total()).isEqualTo(2000);
        assertThat(done.progress().fraction()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(done.startedAt()).isNotNull();
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.eta()).isNull();
        AnalysisResponses.Run run = http().get(done.result(), "X-API-KEY", appraiser).read(AnalysisResponses.Run.class);
        assertThat(run.monteCarlo()).as("the job's stored run equals the synchronous answer")
                .isEqualTo(sync.read(AnalysisResponses.MonteCarlo.class));
    }

    @Test
    void test_aboveThreshold_isAJobWithoutPrefer_sensitivityToo() {
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String id = valuation(appraiser, "DP-JOB-2");
        Http.Response big = post(id, "monte-carlo", MONTE_CARLO, appraiser, TestCredentials.idempotencyKey());
        assertThat(big.status()).as("2,500 draws > async-draws 3,000? no: ").isEqualTo(201);
        Http.Response bigger = post(id, "monte-carlo", MONTE_CARLO.replace("2500", "3001"), appraiser, TestCredentials.idempotencyKey());
        assertThat(bigger.status()).as(bigger.body()).isEqualTo(202);
        assertThat(bigger.header("Preference-Applied")).isNull();
        assertThat(await(bigger.header("Location"), appraiser, "SUCCEEDED").result()).endsWith("/analyses/2");

        Http.Response s = post(id, "sensitivity", SENSITIVITY, appraiser, TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(s.status()).as(s.body()).isEqualTo(202);
        JobResponse sj = await(s.header("Location"), appraiser, "SUCCEEDED");
        assertThat(sj.kind()).isEqualTo("valuation.sensitivity");
        AnalysisResponses.Run run = http().get(sj.result(), "X-API-KEY", appraiser).read(AnalysisResponses.Run.class);
        Http.Response syncS = post(id, "sensitivity", SENSITIVITY, appraiser, TestCredentials.idempotencyKey());
        assertThat(syncS.status()).isEqualTo(201);
        assertThat(run.sensitivity()).isEqualTo(syncS.read(AnalysisResponses.Sensitivity.class));
        // 60 × 60 two-way cells are above async-cells
        StringBuilder axis = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            axis.append(i == 0 ? "" : ",").append(0.5 + i * 0.02);
        }
        String grid = "{\"twoWay\":{\"row\":\"incomeScale\",\"rowValues\":[" + axis + "],\"column\":\"comparablePriceScale\","
                + "\"columnValues\":[" + axis + "]}}";
        Http.Response g = post(id, "sensitivity", grid, appraiser, TestCredentials.idempotencyKey());
        assertThat(g.status()).as(g.body()).isEqualTo(202);
        await(g.header("Location"), appraiser, "SUCCEEDED");
    }

    @Test
    void test_sameIdempotencyKey_sameJob_oneRun_otherBody422() {
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String id = valuation(appraiser, "DP-JOB-3");
        String key = TestCredentials.idempotencyKey();
        Http.Response first = post(id, "monte-carlo", MONTE_CARLO, appraiser, key, "Prefer", "respond-async");
        Http.Response again = post(id, "monte-carlo", MONTE_CARLO, appraiser, key, "Prefer", "respond-async");
        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        await(first.header("Location"), appraiser, "SUCCEEDED");
        Http.Response third = post(id, "monte-carlo", MONTE_CARLO, appraiser, key, "Prefer", "respond-async");
        assertThat(third.header("Location")).isEqualTo(first.header("Location"));
        assertThat(http().get("/v1/valuations/" + id + "/analyses", "X-API-KEY", appraiser).read(AnalysisResponses.Runs.class).runs())
                .as("one run stored").hasSize(1);
        Http.Response other = post(id, "monte-carlo", MONTE_CARLO.replace("\"seed\":7", "\"seed\":8"), appraiser, key, "Prefer", "respond-async");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.problem().type()).endsWith("/idempotency-key-reused");
    }

    @Test
    void test_cancelRunning_workStops_nothingStored_workerFreeAgain_deleteIdempotent() {
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String id = valuation(appraiser, "DP-JOB-4");
        Http.Response accepted = post(id, "monte-carlo", ENDLESS, appraiser, TestCredentials.idempotencyKey());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.header("Location");
        JobResponse running = awaitProgress(location, appraiser);
        assertThat(running.state()).isEqualTo("RUNNING");
        assertThat(running.progress().total()).isEqualTo(5_000_000);
        assertThat(running.progress().done()).isBetween(1L, 4_999_999L);
        assertThat(running.progress().fraction()).isGreaterThan(BigDecimal.ZERO).isLessThan(BigDecimal.ONE);
        assertThat(running.eta()).isAfter(running.startedAt());

        Http.Response cancel = http().send("DELETE", location, null, "X-API-KEY", appraiser);
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
        JobResponse cancelled = cancel.read(JobResponse.class);
        assertThat(cancelled.state()).isEqualTo("CANCELLED");
        assertThat(cancelled.result()).isNull();
        long doneAtCancel = job(location, appraiser).progress().done();
        assertThat(doneAtCancel).isLessThan(5_000_000);
        // the only worker is free at once: a small job runs to the end while the cancelled one would have needed minutes
        Http.Response next = post(id, "monte-carlo", MONTE_CARLO, appraiser, TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        await(next.header("Location"), appraiser, "SUCCEEDED");
        assertThat(job(location, appraiser).progress().done()).as("no more progress after the cancel").isEqualTo(doneAtCancel);
        assertThat(http().get("/v1/valuations/" + id + "/analyses", "X-API-KEY", appraiser).read(AnalysisResponses.Runs.class).runs())
                .as("only the small run is stored").hasSize(1);

        Http.Response twice = http().send("DELETE", location, null, "X-API-KEY", appraiser);
        assertThat(twice.status()).as("idempotent").isEqualTo(200);
        assertThat(twice.read(JobResponse.class).state()).isEqualTo("CANCELLED");
        Http.Response afterDone = http().send("DELETE", next.header("Location"), null, "X-API-KEY", appraiser);
        assertThat(afterDone.status()).as("cancel after success").isEqualTo(409);
        assertThat(afterDone.problem().type()).endsWith("/job-finished");
        assertThat(job(next.header("Location"), appraiser).state()).isEqualTo("SUCCEEDED");
    }

    @Test
    void test_cancelQueued_perCallerLimit429WithRetryAfter() {
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String id = valuation(appraiser, "DP-JOB-5");
        String a = post(id, "monte-carlo", ENDLESS, appraiser, TestCredentials.idempotencyKey()).header("Location");
        String b = post(id, "monte-carlo", ENDLESS.replace("\"seed\":1", "\"seed\":2"), appraiser, TestCredentials.idempotencyKey())
                .header("Location");
        try {
            Http.Response third = post(id, "monte-carlo", MONTE_CARLO, appraiser, TestCredentials.idempotencyKey(), "Prefer", "respond-async");
            assertThat(third.status()).as(third.body()).isEqualTo(429);
            assertThat(third.problem().type()).endsWith("/too-many-jobs");
            assertThat(third.header("Retry-After")).isEqualTo("5");
            // another caller is not limited by this one's jobs
            String other = TestCredentials.key(keys, Role.APPRAISER);
            assertThat(post(id, "monte-carlo", MONTE_CARLO, other, TestCredentials.idempotencyKey(), "Prefer", "respond-async").status())
                    .isEqualTo(202);
        } finally {
            // one worker: b waits QUEUED behind a and is cancelled at once
            Http.Response cb = http().send("DELETE", b, null, "X-API-KEY", appraiser);
            Http.Response ca = http().send("DELETE", a, null, "X-API-KEY", appraiser);
            assertThat(cb.status()).isEqualTo(200);
            assertThat(ca.status()).isEqualTo(200);
        }
        assertThat(job(b, appraiser).startedAt()).as("cancelled while queued: never started").isNull();
        assertThat(post(id, "monte-carlo", MONTE_CARLO, appraiser, TestCredentials.idempotencyKey(), "Prefer", "respond-async").status())
                .as("room again").isEqualTo(202);
    }

    @Test
    void test_visibility_ownerOrAdmin_othersGet404_list_auth() {
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String id = valuation(appraiser, "DP-JOB-6");
        String location = post(id, "monte-carlo", MONTE_CARLO, appraiser, TestCredentials.idempotencyKey(), "Prefer", "respond-async")
                .header("Location");
        await(location, appraiser, "SUCCEEDED");
        String stranger = TestCredentials.key(keys, Role.APPRAISER, Role.READER);
        Http.Response foreign = http().get(location, "X-API-KEY", stranger);
        assertThat(foreign.status()).as("another caller's job looks unknown").isEqualTo(404);
        Http.Response unknown = http().get("/v1/jobs/00000000-0000-4000-8000-000000000000", "X-API-KEY", stranger);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(foreign.problem().type()).isEqualTo(unknown.problem().type());
        assertThat(http().send("DELETE", location, null, "X-API-KEY", stranger).status()).isEqualTo(404);
        assertThat(job(location, TestCredentials.key(keys, Role.ADMIN)).state()).as("ADMIN sees it").isEqualTo("SUCCEEDED");
        assertThat(http().get("/v1/jobs/not-a-job", "X-API-KEY", appraiser).status()).isEqualTo(400);
        assertThat(http().get(location).status()).as("no key").isEqualTo(401);
        assertThat(http().get(location, "X-API-KEY", "dpk_0000000000000000_forged").status()).as("forged key").isEqualTo(401);
        assertThat(http().get(location, "Authorization", "Bearer " + TestCredentials.jwt("x", java.time.Instant.now().plusSeconds(60),
                "another-secret-of-at-least-thirty-two-bytes-xyz", Role.ADMIN)).status()).as("forged token").isEqualTo(401);
        assertThat(http().get("/v1/jobs").status()).isEqualTo(401);
        assertThat(http().send("DELETE", location, null).status()).isEqualTo(401);

        JobList mine = http().get("/v1/jobs?size=1", "X-API-KEY", appraiser).read(JobList.class);
        assertThat(mine.total()).isEqualTo(1);
        assertThat(mine.items()).extracting(JobResponse::href).containsExactly(location);
        assertThat(http().get("/v1/jobs", "X-API-KEY", stranger).read(JobList.class).items()).isEmpty();
        assertThat(http().get("/v1/jobs?page=1&size=1", "X-API-KEY", appraiser).read(JobList.class).items()).isEmpty();
        assertThat(http().get("/v1/jobs?size=101", "X-API-KEY", appraiser).status()).isEqualTo(400);
        assertThat(http().get("/v1/jobs?page=-1", "X-API-KEY", appraiser).status()).isEqualTo(400);
    }

    @Test
    void test_badInput_refusedBeforeAnyJob() {
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String id = valuation(appraiser, "DP-JOB-7");
        Http.Response unknownDriver = post(id, "monte-carlo", MONTE_CARLO.replace("incomeScale", "noSuchDriver"), appraiser,
                TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(unknownDriver.status()).as(unknownDriver.body()).isEqualTo(422);
        Http.Response tooMany = post(id, "monte-carlo", ENDLESS.replace("5000000", "5000001"), appraiser, TestCredentials.idempotencyKey());
        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(422);
        Http.Response badSensitivity = post(id, "sensitivity", SENSITIVITY.replace("comparablePriceScale", "nope"), appraiser,
                TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(badSensitivity.status()).as(badSensitivity.body()).isEqualTo(422);
        Http.Response unknownValuation = post("00000000-0000-4000-8000-000000000000", "monte-carlo", MONTE_CARLO, appraiser,
                TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(unknownValuation.status()).isEqualTo(404);
        Http.Response noKey = http().post("/v1/valuations/" + id + "/monte-carlo", MONTE_CARLO, "X-API-KEY", appraiser,
                "Prefer", "respond-async");
        assertThat(noKey.status()).isEqualTo(400);
        Http.Response reader = post(id, "monte-carlo", MONTE_CARLO, TestCredentials.key(keys, Role.READER),
                TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(reader.status()).isEqualTo(403);
        assertThat(http().get("/v1/jobs", "X-API-KEY", appraiser).read(JobList.class).total()).as("no job made").isZero();
    }

    /**
     * A job of few items gets a progress and an ETA that make sense: a sensitivity job that runs one loop (a tornado of
     * one driver: two model evaluations) counts that loop as the whole job, so when its work is done the run's progress
     * is 100 % and the ETA the runner writes is now (it was 1/3, with an ETA of twice the elapsed time still to come,
     * while the loops the request did not ask for held 2/3 of the progress); a two-way-only job likewise. And the ETA
     * of {@code GET /v1/jobs/{id}} is never in the past: a running job whose last report's ETA has passed is due now.
     */
    @Test
    void test_fewItems_progressCountsOnlyTheLoopsRun_etaNeverBeforeNow() {
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String id = valuation(appraiser, "DP-JOB-8");
        org.dataprice.api.job.JobHandler handler = context.getBeansOfType(org.dataprice.api.job.JobHandler.class).stream()
                .filter(h -> h.kind().equals(AnalysisJobs.SENSITIVITY)).findFirst().orElseThrow();
        org.dataprice.api.job.JobRepository repository = context.getBean(org.dataprice.api.job.JobRepository.class);
        java.time.Instant started = java.time.Instant.parse("2025-01-01T00:00:00Z");
        for (String request : java.util.List.of("{\"tornado\":[{\"driver\":\"incomeScale\",\"low\":0.9,\"high\":1.1}]}",
                "{\"twoWay\":{\"row\":\"incomeScale\",\"rowValues\":[0.9,1.1],\"column\":\"comparablePriceScale\",\"columnValues\":[1.0]}}")) {
            Http.Response accepted = post(id, "sensitivity", request, appraiser, TestCredentials.idempotencyKey(), "Prefer", "respond-async");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            JobResponse done = await(accepted.header("Location"), appraiser, "SUCCEEDED");
            assertThat(done.progress().total()).as("one loop is the whole job: %s", request).isEqualTo(1000);
            // the same work replayed by a run that does not own the job: it computes everything, then stores nothing
            org.dataprice.api.job.JobContext run = org.dataprice.api.job.JobRuns.run(context.getBean(org.dataprice.api.job.JobRunner.class),
                    repository.findById(done.id()).orElseThrow(), "replay-" + java.util.UUID.randomUUID());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> handler.run(run))
                    .isInstanceOf(org.dataprice.error.CancelledException.class);
            assertThat(org.dataprice.api.job.JobRuns.progress(run)).as("work done: 100 %%, %s", request).containsExactly(1000L, 1000L);
            assertThat(org.dataprice.api.job.JobRuns.eta(run, started, started.plusSeconds(10))).as("nothing left: due now")
                    .isEqualTo(started.plusSeconds(10));
        }

        java.time.Instant now = context.getBean(org.dataprice.api.time.TestClock.class).instant();
        String jobId = java.util.UUID.randomUUID().toString();
        // running on another instance, its heartbeat fresh, its last ETA an hour ago (a slow last item)
        repository.save(new org.dataprice.api.job.JobRow(jobId, AnalysisJobs.SENSITIVITY, AnalysisJobs.subject(id), "apikey:eta-check",
                "APPRAISER", null, "0".repeat(64), "{}", "RUNNING", false, 1, 2, now.minusSeconds(7200), now.minusSeconds(7200), null,
                now, now.minusSeconds(3600), null, null, null, "eta-run", "another-instance", 1));
        try {
            JobResponse running = job("/v1/jobs/" + jobId, TestCredentials.key(keys, Role.ADMIN));
            assertThat(running.state()).isEqualTo("RUNNING");
            assertThat(running.eta()).as("never in the past").isAfterOrEqualTo(now).isBefore(now.plusSeconds(60));
        } finally {
            repository.fail(jobId, "eta-run", "about:blank", "test over", now);
        }
    }
}
