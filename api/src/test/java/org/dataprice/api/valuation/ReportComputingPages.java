package org.dataprice.api.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.job.JobPolling;
import org.dataprice.api.job.JobResponse;

/** Shared steps of the report page tests: a stored valuation, and a Monte Carlo job that runs for minutes. */
final class ReportComputingPages {
    /** Millions of draws: minutes of work, so it is surely running while the page is looked at. */
    static final String ENDLESS = """
            {"seed":1,"draws":5000000,"inputs":[{"driver":"incomeScale","distribution":{"kind":"UNIFORM","min":0.8,"max":1.2}}]}""";

    private ReportComputingPages() {
    }

    static String valuation(Http http, String appraiser, String reference) {
        Http.Response r = http.post("/v1/valuations", ValuationFixtures.engagement(reference), "X-API-KEY", appraiser,
                "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.read(ValuationResponse.class).id();
    }

    /** Starts the endless Monte Carlo as a job and waits until it has done some draws; returns its Location. */
    static String runningMonteCarlo(Http http, String appraiser, String id) {
        Http.Response accepted = http.post("/v1/valuations/" + id + "/monte-carlo", ENDLESS, "X-API-KEY", appraiser,
                "Idempotency-Key", TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.header("Location");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JobResponse j = JobPolling.job(http, location, appraiser);
        while ((j.progress().done() == 0 || j.eta() == null) && System.nanoTime() < deadline) {
            JobPolling.sleep(50);
            j = JobPolling.job(http, location, appraiser);
        }
        assertThat(j.state()).isEqualTo("RUNNING");
        assertThat(j.eta()).as("%s", j).isNotNull();
        return location;
    }

    static void cancel(Http http, String appraiser, String location) {
        Http.Response r = http.send("DELETE", location, null, "X-API-KEY", appraiser);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JobPolling.await(http, location, appraiser, "CANCELLED");
    }
}
