package org.dataprice.api.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jobs survive {@code kill -9} of the real jar (default H2 store, one instance name across the restart): with two
 * workers, a bulk CSV load job (not resumable: its upload was spooled, not stored) and a Monte Carlo job (resumable: its
 * input is stored and it writes only on success) are both RUNNING when the service is killed. After the restart the
 * Monte Carlo job is queued again, runs to SUCCEEDED, its run is stored exactly once and the valuation's report is issued
 * again once for it (revision 2, its reason naming the run and the job); the load job is FAILED with the
 * reason "interrupted by restart", none of its rows is stored and its spooled upload is deleted; {@code GET /v1/jobs}
 * lists both. No job is lost.
 *
 * <p><b>Deterministic, no test switch in the service.</b> The load (1,000,000 rows) is started first and seen RUNNING;
 * then the Monte Carlo job (100,000 draws, ≈ 5–10 s of one core, longer on a loaded machine) is started, and the kill
 * comes as soon as its stored progress shows it RUNNING with less than half of its draws done — so it has seconds of
 * work left, never a poll interval's worth (the earlier draft waited for both states by polling and missed a job that
 * finished between two polls). The restarted service's log must then name both jobs as "left running", which proves
 * that the kill really caught both: the test cannot pass vacuously.
 */
class JobRestartH2IT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern PROGRESS = Pattern.compile("\"done\"\\s*:\\s*(\\d+)\\s*,\\s*\"total\"\\s*:\\s*(\\d+)");
    private static final int DRAWS = 100_000;
    private final String token = TestCredentials.jwt("job-restart", Instant.now().plus(Duration.ofMinutes(30)),
            ServiceProcess.JWT_SECRET, Role.APPRAISER, Role.INDEX_PUBLISHER, Role.READER);

    @Test
    void test_killNine_runningJobsResumedOrFailed_neverLost(@TempDir Path workDir) throws Exception {
        Path spool = workDir.resolve("spool");
        Map<String, String> env = Map.of("DATAPRICE_JOBS_INSTANCE", "it-instance", "DATAPRICE_JOBS_THREADS", "2",
                "DATAPRICE_JOBS_SPOOL_DIR", spool.toString(),
                "DATAPRICE_JOBS_PROGRESS_INTERVAL", "100ms", "DATAPRICE_JOBS_POLL_INTERVAL", "500ms");
        ServiceProcess service = ServiceProcess.start(workDir, env, "512m");
        String monteCarlo;
        String load;
        String valuation;
        String index = "restart-idx";
        String caught;
        try {
            HttpResponse<String> v = send(service.base(), "POST", "/v1/valuations", Workload.valuation("JOB-RESTART"),
                    "application/json", null);
            assertThat(v.statusCode()).as(v.body()).isEqualTo(201);
            String l = v.headers().firstValue("Location").orElseThrow();
            valuation = l.substring(l.lastIndexOf('/') + 1);
            HttpResponse<String> d = send(service.base(), "POST", "/v1/indices", definition(index), "application/json", null);
            assertThat(d.statusCode()).as(d.body()).isEqualTo(201);

            // 1. the load, seen RUNNING
            HttpResponse<String> c = send(service.base(), "POST", "/v1/indices/" + index + "/transactions", csv(1_000_000),
                    "text/csv", "respond-async");
            assertThat(c.statusCode()).as(c.body()).isEqualTo(202);
            load = c.headers().firstValue("Location").orElseThrow();
            awaitState(service, load, "RUNNING");

            // 2. the Monte Carlo job, caught RUNNING with more than half of its draws to go
            HttpResponse<String> m = send(service.base(), "POST", "/v1/valuations/" + valuation + "/monte-carlo", """
                    {"seed":11,"draws":%d,"inputs":[{"driver":"incomeScale","distribution":{"kind":"UNIFORM","min":0.8,"max":1.2}}]}"""
                    .formatted(DRAWS), "application/json", "respond-async");
            assertThat(m.statusCode()).as(m.body()).isEqualTo(202);
            monteCarlo = m.headers().firstValue("Location").orElseThrow();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (true) {
                String body = send(service.base(), "GET", monteCarlo, null, null, null).body();
                long[] p = progress(body);
                if (state(body).equals("RUNNING") && p[1] > 0) {
                    assertThat(p[0] * 2).as("the Monte Carlo job is caught with at least half of its draws to go: %s", body)
                            .isLessThan(p[1]);
                    caught = body;
                    break;
                }
                assertThat(state(body)).as("the Monte Carlo job has not finished before it was seen running: %s", body)
                        .isIn("QUEUED", "RUNNING");
                assertThat(System.nanoTime()).as("Monte Carlo running:\n%s", service.tail()).isLessThan(deadline);
                ServiceProcess.sleep(10);
            }
            String loadBody = send(service.base(), "GET", load, null, null, null).body();
            assertThat(state(loadBody)).as("the load still runs: %s", loadBody).isEqualTo("RUNNING");
        } catch (RuntimeException | AssertionError e) {
            service.close();
            throw e;
        }
        service.kill9();
        System.out.println("killed with both jobs RUNNING; Monte Carlo at " + caught);

        service = ServiceProcess.start(workDir, env, "512m");
        try {
            HttpResponse<String> failed = awaitFinal(service.base(), load);
            assertThat(state(failed.body())).as(failed.body()).isEqualTo("FAILED");
            assertThat(failed.body()).contains("\"reason\":\"interrupted by restart\"");
            HttpResponse<String> succeeded = awaitFinal(service.base(), monteCarlo);
            assertThat(state(succeeded.body())).as(succeeded.body()).isEqualTo("SUCCEEDED");
            assertThat(succeeded.body()).contains("\"result\":\"/v1/valuations/" + valuation + "/analyses/1\"")
                    .contains("\"done\":" + DRAWS + ",\"total\":" + DRAWS);
            // both were RUNNING when killed: the restarted instance found them left running (no vacuous pass)
            String log = service.log();
            assertThat(log).as("the load was left running").containsPattern("Job " + id(load) + " \\(index.load\\) was left running by "
                    + "it-instance: failed: interrupted by restart");
            assertThat(log).as("the Monte Carlo job was left running").containsPattern("Job " + id(monteCarlo)
                    + " \\(valuation.monte-carlo\\) was left running by it-instance: queued again");
            HttpResponse<String> runs = send(service.base(), "GET", "/v1/valuations/" + valuation + "/analyses", null, null, null);
            assertThat(runs.body().split("\"number\"").length - 1).as("stored once: %s", runs.body()).isEqualTo(1);
            // and the valuation's report issued again once, for that run and that job (revision 2 beside revision 1)
            HttpResponse<String> revisions = send(service.base(), "GET", "/v1/valuations/" + valuation + "/revisions", null, null, null);
            assertThat(revisions.body()).as(revisions.body()).contains("\"latest\":2")
                    .contains("analysis 1 completed (MONTE_CARLO, job " + id(monteCarlo) + ")");
            assertThat(revisions.body().split("\"reason\"").length - 1).as("two revisions: %s", revisions.body()).isEqualTo(2);
            HttpResponse<String> jobs = send(service.base(), "GET", "/v1/jobs", null, null, null);
            assertThat(jobs.body()).as("never lost").contains("\"total\":2").contains(id(load)).contains(id(monteCarlo));
            HttpResponse<String> trade = send(service.base(), "GET", "/v1/indices/" + index + "/transactions/x:2", null, null, null);
            assertThat(trade.statusCode()).isIn(400, 404);
            try (Stream<Path> left = Files.exists(spool) ? Files.list(spool) : Stream.empty()) {
                assertThat(left).as("the failed load's spooled upload is deleted").isEmpty();
            }
            System.out.printf(Locale.ROOT, "after restart: load %s, Monte Carlo %s%n", state(failed.body()), state(succeeded.body()));
        } finally {
            service.close();
        }
    }

    private static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private void awaitState(ServiceProcess service, String location, String wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String body = send(service.base(), "GET", location, null, null, null).body();
        while (!state(body).equals(wanted)) {
            assertThat(state(body)).as("%s before %s: %s", location, wanted, body).isIn("QUEUED", wanted);
            assertThat(System.nanoTime()).as("%s %s:\n%s", location, wanted, service.tail()).isLessThan(deadline);
            ServiceProcess.sleep(20);
            body = send(service.base(), "GET", location, null, null, null).body();
        }
    }

    private HttpResponse<String> awaitFinal(URI base, String location) {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        HttpResponse<String> r = send(base, "GET", location, null, null, null);
        while (!state(r.body()).matches("SUCCEEDED|FAILED|CANCELLED") && System.nanoTime() < deadline) {
            ServiceProcess.sleep(200);
            r = send(base, "GET", location, null, null, null);
        }
        return r;
    }

    private static String state(String body) {
        Matcher m = STATE.matcher(body);
        return m.find() ? m.group(1) : "";
    }

    private static long[] progress(String body) {
        Matcher m = PROGRESS.matcher(body);
        return m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : new long[] {0, 0};
    }

    private HttpResponse<String> send(URI base, String method, String path, String body, String contentType, String prefer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            b.header("Content-Type", contentType).header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (prefer != null) {
            b.header("Prefer", prefer);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csv(int rows) {
        StringBuilder out = new StringBuilder(rows * 40).append("product_id,period,price,quantity,category\n");
        for (int i = 0; i < rows; i++) {
            out.append("p-").append(i % 2000).append(',').append(i % 2 == 0 ? "2024-12" : "2025-01").append(',')
                    .append(10 + i % 97).append(".25,").append(1 + i % 5).append(",API\n");
        }
        return out.toString();
    }

    private static String definition(String id) {
        return """
                {"id":"%s","nameEn":"Restart index","nameZh":"重启指数",
                 "method":"ccdi","parameters":{"window":"13","splice":"MEAN"},
                 "base":{"from":"2024-01","referenceValue":100},
                 "categories":[{"code":"API","nameEn":"Data APIs","nameZh":"数据接口"}],
                 "composite":"AGGREGATED","weightPeriod":"2024-01",
                 "calendar":[{"period":"2025-01","releaseAt":"2025-02-15T09:30:00+08:00"}],
                 "embargo":{"timeZone":"Asia/Shanghai","publisherPreview":true},
                 "methodology":{"version":"1.0","text":"Unit values per product and month."}}""".formatted(id);
    }
}
