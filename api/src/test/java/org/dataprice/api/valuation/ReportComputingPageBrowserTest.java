package org.dataprice.api.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.index.ChromiumSession;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report page ({@code /v1/valuations/{id}/report}) in a real headless Chromium over DevTools, at 1280 and 360 px,
 * the reader's key sent as a header: while a Monte Carlo job of the valuation runs, the page shows "computing…" with
 * the job's state, a progress bar and its percentage, the draws done of 5,000,000, the ETA and a link to the job, fits
 * the width (no horizontal overflow), names the revision its completion will issue (2) and carries a Refresh of 5 s;
 * once the job is cancelled the same address lands on the issued report ({@code report.html}, revision 1 as issued, no
 * histogram); after a Monte Carlo job completes it lands on revision 2, issued with the job's histogram. Screenshots of the computing page go to
 * {@code api/target/screenshots/}. Without Chromium the test is skipped, or fails when {@code CI=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportComputingPageBrowserTest {
    private EmbeddedServer server;
    private JsonMapper json;
    private Http http;
    private String appraiser;
    private String reader;

    @BeforeAll
    void start() {
        ChromiumSession.requireChromium();
        Map<String, Object> props = new HashMap<>(TestDatabases.h2("report-computing-browser"));
        props.put("dataprice.valuation.max-draws", "5000000");
        props.put("dataprice.jobs.threads", "1");
        props.put("dataprice.jobs.progress-interval", "100ms");
        props.put("dataprice.jobs.poll-interval", "200ms");
        server = ApplicationContext.run(EmbeddedServer.class, props, "test");
        json = server.getApplicationContext().getBean(JsonMapper.class);
        http = new Http(server.getURL(), json);
        ApiKeyService keys = server.getApplicationContext().getBean(ApiKeyService.class);
        appraiser = TestCredentials.key(keys, Role.APPRAISER);
        reader = TestCredentials.key(keys, Role.READER);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 360})
    void test_reportPage_computingThenTheIssuedReport(int width) throws Exception {
        boolean phone = width < 600;
        String id = ReportComputingPages.valuation(http, appraiser, "DP-BROWSER-" + width);
        String location = ReportComputingPages.runningMonteCarlo(http, appraiser, id);
        try (ChromiumSession chromium = new ChromiumSession(ChromiumSession.CHROMIUM, json)) {
            chromium.send("Network.enable", Map.of());
            chromium.send("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-API-KEY", reader)));
            chromium.viewport(width, phone ? 740 : 900, phone);
            chromium.open(server.getURL() + "/v1/valuations/" + id + "/report");

            assertThat(chromium.eval("location.pathname")).isEqualTo("/v1/valuations/" + id + "/report");
            assertThat((String) chromium.eval("document.querySelector('#computing h2').innerText"))
                    .contains("Computing").contains("Monte Carlo");
            assertThat(chromium.eval("document.querySelector('#computing .state').textContent")).isEqualTo("RUNNING");
            assertThat((String) chromium.eval("document.querySelector('#computing .progress').textContent"))
                    .matches("\\d{1,3}% \\(\\d+ / 5000000\\)");
            assertThat((String) chromium.eval("document.querySelector('#computing .eta').textContent"))
                    .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} .+");
            assertThat(chromium.eval("new URL(document.querySelector('#computing a.job').href).pathname")).isEqualTo(location);
            assertThat(chromium.eval("document.querySelector('#computing .revision').dataset.revision")).isEqualTo("2");
            assertThat((String) chromium.eval("document.querySelector('#computing .revision').innerText"))
                    .contains("revision 2").contains("/v1/valuations/" + id + "/report.html?revision=2");
            double bar = number(chromium.eval("document.querySelector('#computing .bar').getBoundingClientRect().width"));
            assertThat(bar).as("the bar spans the page").isGreaterThan(width * 0.6).isLessThanOrEqualTo(width);
            assertThat(number(chromium.eval("document.documentElement.scrollWidth"))).isLessThanOrEqualTo(width);
            assertThat(strings(chromium.eval("[...document.querySelectorAll('body *')].filter(e => "
                    + "e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName)"))).isEmpty();
            chromium.screenshot(Path.of("target", "screenshots").resolve("report-computing-" + width + ".png"));

            ReportComputingPages.cancel(http, appraiser, location);
            String issued = "/v1/valuations/" + id + "/report.html";
            chromium.send("Page.navigate", Map.of("url", server.getURL() + "/v1/valuations/" + id + "/report"));
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (!(issued.equals(chromium.eval("location.pathname"))
                    && "complete".equals(chromium.eval("document.readyState"))) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(chromium.eval("location.pathname")).as("303 to the issued report").isEqualTo(issued);
            assertThat(chromium.eval("document.getElementById('computing')")).isNull();
            assertThat((String) chromium.eval("document.body.innerText")).contains("DP-BROWSER-" + width);
            assertThat(chromium.eval("document.getElementById('chart-histogram')")).as("a cancelled job issues nothing").isNull();

            // a job that completes: the same page now lands on revision 2, issued with its result
            Http.Response small = http.post("/v1/valuations/" + id + "/monte-carlo", ReportComputingPages.ENDLESS.replace("5000000", "2000"),
                    "X-API-KEY", appraiser, "Idempotency-Key", TestCredentials.idempotencyKey(), "Prefer", "respond-async");
            assertThat(small.status()).as(small.body()).isEqualTo(202);
            org.dataprice.api.job.JobPolling.await(http, small.header("Location"), appraiser, "SUCCEEDED");
            chromium.send("Page.navigate", Map.of("url", server.getURL() + "/v1/valuations/" + id + "/report"));
            deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (!(issued.equals(chromium.eval("location.pathname")) && "complete".equals(chromium.eval("document.readyState"))
                    && chromium.eval("document.getElementById('chart-histogram')") != null) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(chromium.eval("location.pathname")).isEqualTo(issued);
            assertThat((String) chromium.eval("document.querySelector('#chart-histogram').innerText"))
                    .contains("Monte Carlo").contains("analysis 1 (/v1/valuations/" + id + "/analyses/1)");
            assertThat(number(chromium.eval("document.querySelector('#chart-histogram svg').getBoundingClientRect().width")))
                    .as("the histogram is drawn").isPositive();
        }
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
