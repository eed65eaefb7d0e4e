package org.dataprice.api.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.dataprice.api.document.PdfChecks;
import org.dataprice.api.document.TestSigningKeys;
import org.dataprice.api.job.JobHandler;
import org.dataprice.api.job.JobPolling;
import org.dataprice.api.job.JobRepository;
import org.dataprice.api.job.JobResponse;
import org.dataprice.api.job.JobRow;
import org.dataprice.api.job.JobRunner;
import org.dataprice.api.job.JobRuns;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.error.CancelledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An analysis job that completes issues the valuation's report again (issue 14): over HTTP, with a signing key
 * configured. The job's last transaction stores the run and issues revision {@code latest + 1}, which draws it (the
 * Monte Carlo histogram, then the tornado beside it) and names the run and the job in its reason; every earlier
 * revision's documents (HTML, JSON, its signature, the PDF already laid out) stay byte for byte; the new JSON is signed
 * and the new PDF signed when laid out, as a manual re-issue is. Exactly once: the handler run again on the finished job
 * (its own run id) or by a run that lost the job to another instance stores neither a run nor a revision; a job left
 * RUNNING by a dead instance is recovered, runs again and issues one revision. A valuation with no issued report (stored
 * before documents were kept) gets none from the job; its first read issues revision 1 with the run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisReportReissueHttpTest {
    private static final String MONTE_CARLO = """
            {"seed":7,"draws":2000,"histogramBins":10,"inputs":[{"driver":"incomeScale","distribution":{"kind":"UNIFORM","min":0.8,"max":1.2}}]}""";
    private static final String SENSITIVITY = """
            {"tornado":[{"driver":"incomeScale","low":0.9,"high":1.1}]}""";

    private EmbeddedServer server;
    private ApplicationContext context;
    private Http http;
    private String appraiser;
    private String reader;

    @BeforeAll
    void start() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "analysis-reissue");
        Map<String, Object> props = new HashMap<>(TestDatabases.h2("analysis-reissue-" + UUID.randomUUID()));
        props.put("dataprice.report.signing.keystore", TestSigningKeys.rsa(dir.resolve("firm.p12")).toString());
        props.put("dataprice.report.signing.password", TestSigningKeys.PASSWORD);
        props.put("dataprice.report.signing.alias", "firm");
        props.put("dataprice.jobs.threads", "1");
        props.put("dataprice.jobs.poll-interval", "100ms");
        props.put("dataprice.jobs.progress-interval", "100ms");
        server = ApplicationContext.run(EmbeddedServer.class, props, "test");
        context = server.getApplicationContext();
        context.getBean(TestClock.class).set(Instant.parse("2025-01-15T02:00:00Z"));
        http = new Http(server.getURL(), context.getBean(JsonMapper.class));
        appraiser = TestCredentials.key(context.getBean(ApiKeyService.class), Role.APPRAISER);
        reader = TestCredentials.key(context.getBean(ApiKeyService.class), Role.READER);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void test_jobDone_newRevisionDrawsTheRun_earlierRevisionsByteIdentical_signed() throws Exception {
        String id = valuation("DP-REISSUE-1");
        byte[] html1 = get(id, "report.html?revision=1");
        byte[] json1 = get(id, "report.json?revision=1");
        byte[] p7s1 = get(id, "report.json.p7s?revision=1");
        byte[] pdf1 = get(id, "report.pdf?revision=1");
        assertThat(text(html1)).doesNotContain("chart-histogram");
        ReportRevision first = revisions(id).revisions().get(0);

        JobResponse monteCarlo = job(id, "monte-carlo", MONTE_CARLO);
        assertThat(monteCarlo.result()).isEqualTo("/v1/valuations/" + id + "/analyses/1");
        ReportRevisions afterMonteCarlo = revisions(id);
        assertThat(afterMonteCarlo.latest()).isEqualTo(2);
        ReportRevision second = afterMonteCarlo.revisions().get(1);
        assertThat(second.reason()).isEqualTo(ValuationAnalysisService.reissueReason(id, 1, AnalysisKind.MONTE_CARLO, monteCarlo.id()))
                .isEqualTo("analysis 1 completed (MONTE_CARLO, job " + monteCarlo.id() + "): /v1/valuations/" + id + "/analyses/1");
        assertThat(second.issuedBy()).as("issued for the job's owner").isEqualTo(first.issuedBy());
        assertThat(second.documents()).extracting(ReportRevision.Document::format).containsExactly("csv", "html", "json", "json.p7s");
        assertThat(afterMonteCarlo.revisions().get(0)).as("revision 1 as it was").isEqualTo(first);

        Http.Response latest = http.get("/v1/valuations/" + id + "/report.html", "X-API-KEY", reader);
        assertThat(latest.header("Document-Revision")).isEqualTo("2");
        assertThat(latest.body()).contains("id=\"chart-histogram\"")
                .contains("analysis 1 (/v1/valuations/" + id + "/analyses/1)").contains("draws 2000, seed 7");
        byte[] json2 = get(id, "report.json?revision=2");
        assertThat(PdfChecks.verifiesDetached(json2, get(id, "report.json.p7s?revision=2"))).as("signed at issue").isTrue();
        byte[] pdf2 = get(id, "report.pdf?revision=2");
        assertThat(PdfChecks.verifiesPdf(pdf2)).as("signed when laid out, as a manual re-issue").isTrue();
        assertThat(pdf2).isNotEqualTo(pdf1);
        Http.Response page = http.get("/v1/valuations/" + id + "/report", "X-API-KEY", reader);
        assertThat(page.status()).as("nothing computing: the latest report").isEqualTo(303);
        assertThat(page.header("Location")).isEqualTo("/v1/valuations/" + id + "/report.html");
        ReportRevision secondWithPdf = revisions(id).revisions().get(1);

        JobResponse sensitivity = job(id, "sensitivity", SENSITIVITY);
        assertThat(sensitivity.result()).isEqualTo("/v1/valuations/" + id + "/analyses/2");
        ReportRevisions afterSensitivity = revisions(id);
        assertThat(afterSensitivity.latest()).isEqualTo(3);
        assertThat(afterSensitivity.revisions().get(2).reason()).isEqualTo(
                ValuationAnalysisService.reissueReason(id, 2, AnalysisKind.SENSITIVITY, sensitivity.id()));
        assertThat(text(get(id, "report.html?revision=3"))).contains("id=\"chart-histogram\"")
                .contains("analysis 2 (/v1/valuations/" + id + "/analyses/2)").contains("analysis 1 (/v1/valuations/");
        assertThat(afterSensitivity.revisions().subList(0, 2)).as("revisions 1 and 2 as they were")
                .isEqualTo(List.of(first, secondWithPdf));

        assertThat(get(id, "report.html?revision=1")).isEqualTo(html1);
        assertThat(get(id, "report.json?revision=1")).isEqualTo(json1);
        assertThat(get(id, "report.json.p7s?revision=1")).isEqualTo(p7s1);
        assertThat(get(id, "report.pdf?revision=1")).isEqualTo(pdf1);
        assertThat(get(id, "report.json?revision=2")).isEqualTo(json2);
        assertThat(get(id, "report.pdf?revision=2")).isEqualTo(pdf2);
    }

    @Test
    void test_handlerRunAgainOnTheFinishedJob_orByARunThatLostIt_storesNothing() {
        String id = valuation("DP-REISSUE-2");
        JobResponse done = job(id, "monte-carlo", MONTE_CARLO);
        ReportRevisions issued = revisions(id);
        assertThat(issued.latest()).isEqualTo(2);
        JobRow row = context.getBean(JobRepository.class).findById(done.id()).orElseThrow();
        JobHandler handler = context.getBeansOfType(JobHandler.class).stream()
                .filter(h -> h.kind().equals(AnalysisJobs.MONTE_CARLO)).findFirst().orElseThrow();
        JobRunner runner = context.getBean(JobRunner.class);
        // the run that finished, started again (a re-run after a restart), and a run that had lost the job to another
        // instance: both compute the whole analysis, and the transaction that would store it rolls back
        for (String runId : List.of(row.runId(), "superseded-" + UUID.randomUUID())) {
            assertThatThrownBy(() -> handler.run(JobRuns.run(runner, row, runId))).as(runId)
                    .isInstanceOf(CancelledException.class);
        }
        assertThat(revisions(id)).as("no revision from a run that does not own the job").isEqualTo(issued);
        assertThat(runs(id)).hasSize(1);
        assertThat(JobPolling.job(http, done.href(), appraiser)).isEqualTo(done);
    }

    @Test
    void test_jobLeftRunningByADeadInstance_recovered_issuesOneRevision() {
        String id = valuation("DP-REISSUE-3");
        Instant now = context.getBean(TestClock.class).instant();
        String jobId = UUID.randomUUID().toString();
        String owner = revisions(id).revisions().get(0).issuedBy();
        // as the dead instance left it: claimed, heartbeat two hours old, nothing stored (the run stores only on success)
        context.getBean(JobRepository.class).save(new JobRow(jobId, AnalysisJobs.MONTE_CARLO, AnalysisJobs.subject(id), owner,
                "APPRAISER", null, "0".repeat(64), MONTE_CARLO, "RUNNING", false, 500, 2000, now.minusSeconds(7300),
                now.minusSeconds(7200), null, now.minusSeconds(7200), null, null, null, null, "lost-run", "dead-instance", 1));
        JobRow done = awaitFinished(jobId);
        assertThat(done.state()).as("%s", done).isEqualTo("SUCCEEDED");
        assertThat(done.attempts()).as("claimed again after the recovery").isEqualTo(2);
        assertThat(done.resultLink()).isEqualTo("/v1/valuations/" + id + "/analyses/1");
        ReportRevisions after = revisions(id);
        assertThat(after.revisions()).extracting(ReportRevision::revision).containsExactly(1, 2);
        assertThat(after.revisions().get(1).reason()).isEqualTo(
                ValuationAnalysisService.reissueReason(id, 1, AnalysisKind.MONTE_CARLO, jobId));
        assertThat(runs(id)).hasSize(1);
        JobPolling.sleep(400); // a few polls later: still one run, one new revision
        assertThat(revisions(id)).isEqualTo(after);
        assertThat(runs(id)).hasSize(1);
    }

    @Test
    void test_noReportIssuedBefore_jobIssuesNone_firstReadIssuesRevisionOneWithTheRun() {
        String template = valuation("DP-REISSUE-4");
        StoredValuationRepository valuations = context.getBean(StoredValuationRepository.class);
        StoredValuation t = valuations.findById(template).orElseThrow();
        String id = UUID.randomUUID().toString();
        // a valuation stored before issued documents were kept: the row and its ledger entry, no issued_document
        context.getBean(Transactions.class).write(() -> {
            valuations.save(new StoredValuation(id, "DP-REISSUE-OLDER", t.engagementJson(), t.reportJson(), t.inputHash(),
                    t.libraryVersion(), t.valueAmount(), t.currency(), t.createdAt(), t.createdBy()));
            context.getBean(LedgerChain.class).append(Ledger.VALUATIONS, id);
            return null;
        });
        JobResponse done = job(id, "monte-carlo", MONTE_CARLO);
        assertThat(done.result()).isEqualTo("/v1/valuations/" + id + "/analyses/1");
        ReportRevisions none = revisions(id);
        assertThat(none.latest()).as("no report was issued: the job issues none").isZero();
        assertThat(none.revisions()).as("(an empty list is left out of the JSON)").isNullOrEmpty();

        Http.Response first = http.get("/v1/valuations/" + id + "/report.html", "X-API-KEY", reader);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Document-Revision")).isEqualTo("1");
        assertThat(first.body()).contains("id=\"chart-histogram\"");
        assertThat(revisions(id).revisions()).singleElement().extracting(ReportRevision::reason)
                .isEqualTo(ValuationService.OLDER_VALUATION);
    }

    private String valuation(String reference) {
        Http.Response r = http.post("/v1/valuations", ValuationFixtures.engagement(reference), "X-API-KEY", appraiser,
                "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.read(ValuationResponse.class).id();
    }

    /** Starts the analysis as a job and waits until it SUCCEEDED. */
    private JobResponse job(String id, String what, String body) {
        Http.Response accepted = http.post("/v1/valuations/" + id + "/" + what, body, "X-API-KEY", appraiser,
                "Idempotency-Key", TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return JobPolling.await(http, accepted.header("Location"), appraiser, "SUCCEEDED");
    }

    private ReportRevisions revisions(String id) {
        Http.Response r = http.get("/v1/valuations/" + id + "/revisions", "X-API-KEY", reader);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.read(ReportRevisions.class);
    }

    private List<AnalysisResponses.RunSummary> runs(String id) {
        return http.get("/v1/valuations/" + id + "/analyses", "X-API-KEY", appraiser).read(AnalysisResponses.Runs.class).runs();
    }

    private JobRow awaitFinished(String jobId) {
        JobRepository jobs = context.getBean(JobRepository.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JobRow row = jobs.findById(jobId).orElseThrow();
        while (!List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(row.state()) && System.nanoTime() < deadline) {
            JobPolling.sleep(50);
            row = jobs.findById(jobId).orElseThrow();
        }
        return row;
    }

    private byte[] get(String id, String document) throws IOException, InterruptedException {
        String path = "/v1/valuations/" + id + "/" + document;
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("X-API-KEY", reader).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path + ": " + text(r.body())).isEqualTo(200);
        return r.body();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
