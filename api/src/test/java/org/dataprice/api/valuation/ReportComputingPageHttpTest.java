package org.dataprice.api.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.job.JobPolling;
import org.dataprice.api.job.JobResponse;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The report page {@code GET /v1/valuations/{id}/report} over HTTP: with nothing computing it is 303 to the issued
 * {@code report.html}; while a Monte Carlo job of the valuation runs it is a "computing…" page with the job's state,
 * progress and ETA and the revision its completion will issue, {@code Refresh: 5} and {@code no-store}; the issued
 * report's bytes (and ETag) are the same before, during and after; once the job ends it is 303 again: a cancelled job
 * leaves revision 1 the latest, a completed one lands on revision 2, which draws its result. Roles: 401 without a key, 403 without READER
 * or APPRAISER, 404 for an unknown valuation.
 */
@MicronautTest(transactional = false)
@Property(name = "dataprice.valuation.max-draws", value = "5000000")
@Property(name = "dataprice.jobs.threads", value = "1")
@Property(name = "dataprice.jobs.progress-interval", value = "100ms")
@Property(name = "dataprice.jobs.poll-interval", value = "200ms")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportComputingPageHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    private Http http() {
        return new Http(server.getURL(), json);
    }

    @Test
    void test_reportPage_computingWhileAMonteCarloJobRuns_elseTheIssuedReport() {
        Http http = http();
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String reader = TestCredentials.key(keys, Role.READER);
        String id = ReportComputingPages.valuation(http, appraiser, "DP-PAGE-1");
        Http.Response issued = http.get("/v1/valuations/" + id + "/report.html", "X-API-KEY", reader);
        assertThat(issued.status()).isEqualTo(200);

        Http.Response idle = http.get("/v1/valuations/" + id + "/report", "X-API-KEY", reader);
        assertThat(idle.status()).as(idle.body()).isEqualTo(303);
        assertThat(idle.header("Location")).isEqualTo("/v1/valuations/" + id + "/report.html");
        assertThat(idle.header("Refresh")).isNull();

        String location = ReportComputingPages.runningMonteCarlo(http, appraiser, id);
        Http.Response computing = http.get("/v1/valuations/" + id + "/report", "X-API-KEY", reader);
        assertThat(computing.status()).as(computing.body()).isEqualTo(200);
        assertThat(computing.header("Content-Type")).startsWith("text/html");
        assertThat(computing.header("Refresh")).isEqualTo("5");
        assertThat(computing.header("Cache-Control")).isEqualTo("no-store");
        JobResponse job = JobPolling.job(http, location, appraiser);
        assertThat(computing.body()).contains("id=\"computing\"").contains("data-kind=\"valuation.monte-carlo\"")
                .contains("data-state=\"RUNNING\"").contains("Monte Carlo").contains("href=\"" + location + "\"")
                .contains(" / 5000000)").containsPattern("class=\"eta\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} ")
                .doesNotContain("class=\"eta\">—");
        assertThat(computing.body()).as("the revision the job's completion will issue")
                .contains("data-revision=\"2\"").contains("revision 2, /v1/valuations/" + id + "/report.html?revision=2")
                .contains("revision 1)");
        assertThat(job.progress().done()).isPositive();
        Http.Response during = http.get("/v1/valuations/" + id + "/report.html", "X-API-KEY", reader);
        assertThat(during.body()).as("the issued report never changes").isEqualTo(issued.body());
        assertThat(during.header("ETag")).isEqualTo(issued.header("ETag"));

        ReportComputingPages.cancel(http, appraiser, location);
        Http.Response after = http.get("/v1/valuations/" + id + "/report", "X-API-KEY", reader);
        assertThat(after.status()).isEqualTo(303);
        assertThat(http.get("/v1/valuations/" + id + "/report.html", "X-API-KEY", reader).body())
                .as("a cancelled job issues nothing").isEqualTo(issued.body());

        // a job that completes: the page lands on the report issued again with its result, revision 2
        Http.Response small = http.post("/v1/valuations/" + id + "/monte-carlo", ReportComputingPages.ENDLESS.replace("5000000", "2000"),
                "X-API-KEY", appraiser, "Idempotency-Key", org.dataprice.api.TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(small.status()).as(small.body()).isEqualTo(202);
        JobPolling.await(http, small.header("Location"), appraiser, "SUCCEEDED");
        Http.Response done = http.get("/v1/valuations/" + id + "/report", "X-API-KEY", reader);
        assertThat(done.status()).isEqualTo(303);
        Http.Response latest = http.get(done.header("Location"), "X-API-KEY", reader);
        assertThat(latest.header("Document-Revision")).isEqualTo("2");
        assertThat(latest.body()).contains("id=\"chart-histogram\"").contains("analysis 1 (/v1/valuations/" + id + "/analyses/1)");
        assertThat(http.get("/v1/valuations/" + id + "/report.html?revision=1", "X-API-KEY", reader).body()).isEqualTo(issued.body());
    }

    @Test
    void test_reportPage_roles_andUnknownValuation() {
        Http http = http();
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String id = ReportComputingPages.valuation(http, appraiser, "DP-PAGE-2");
        assertThat(http.get("/v1/valuations/" + id + "/report").status()).isEqualTo(401);
        assertThat(http.get("/v1/valuations/" + id + "/report", "X-API-KEY", TestCredentials.key(keys, Role.SETTLEMENT))
                .status()).isEqualTo(403);
        Http.Response unknown = http.get("/v1/valuations/00000000-0000-4000-8000-000000000000/report", "X-API-KEY", appraiser);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
    }
}
