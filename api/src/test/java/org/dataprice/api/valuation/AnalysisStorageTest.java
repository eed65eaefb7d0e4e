package org.dataprice.api.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.dataprice.appraisal.report.chart.Charts;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sensitivity and Monte Carlo runs stored with the valuation (V55) and charted in the next report revision: the stored
 * run reads back as answered, a retry with the same Idempotency-Key stores nothing more, the runs are chained in the
 * {@code valuation-analyses} ledger, a new revision's HTML carries the four charts as inline SVG with their labels and no
 * raw double, its PDF lays out with every font embedded, and the revision issued before stays byte for byte.
 */
@MicronautTest(transactional = false)
@Property(name = "dataprice.valuation.max-draws", value = "2000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisStorageTest {
    private static final String SENSITIVITY = """
            {"tornado":[{"driver":"incomeScale","low":0.9,"high":1.1},{"driver":"costScale","low":0.9,"high":1.1}],
             "twoWay":{"row":"incomeScale","rowValues":[0.9,1.0,1.1],"column":"comparablePriceScale","columnValues":[1.0,1.5]}}""";
    private static final String MONTE_CARLO = """
            {"seed":7,"draws":500,"histogramBins":10,"inputs":[{"driver":"incomeScale","distribution":{"kind":"UNIFORM","min":0.8,"max":1.2}}]}""";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    private Http http() {
        return new Http(server.getURL(), json);
    }

    private String valuation(String appraiser, String reference) {
        Http.Response r = http().post("/v1/valuations", ValuationFixtures.engagement(reference), "X-API-KEY", appraiser,
                "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.read(ValuationResponse.class).id();
    }

    private Http.Response post(String id, String what, String body, String key, String idempotencyKey) {
        return http().post("/v1/valuations/" + id + "/" + what, body, "X-API-KEY", key, "Idempotency-Key", idempotencyKey);
    }

    @Test
    void test_store_roundTrip_listAndRead() {
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String reader = TestCredentials.key(keys, Role.READER);
        String id = valuation(appraiser, "DP-STORE-1");
        Http.Response s = post(id, "sensitivity", SENSITIVITY, appraiser, TestCredentials.idempotencyKey());
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        assertThat(s.header("Location")).isEqualTo("/v1/valuations/" + id + "/analyses/1");
        Http.Response m = post(id, "monte-carlo", MONTE_CARLO, appraiser, TestCredentials.idempotencyKey());
        assertThat(m.status()).as(m.body()).isEqualTo(201);
        assertThat(m.header("Location")).isEqualTo("/v1/valuations/" + id + "/analyses/2");

        AnalysisResponses.Runs runs = http().get("/v1/valuations/" + id + "/analyses", "X-API-KEY", reader).read(AnalysisResponses.Runs.class);
        assertThat(runs.runs()).extracting(AnalysisResponses.RunSummary::number, AnalysisResponses.RunSummary::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "SENSITIVITY"), org.assertj.core.groups.Tuple.tuple(2, "MONTE_CARLO"));
        assertThat(runs.runs().get(0).href()).isEqualTo("/v1/valuations/" + id + "/analyses/1");
        assertThat(runs.runs().get(0).createdBy()).isNotBlank();

        AnalysisResponses.Run one = http().get("/v1/valuations/" + id + "/analyses/1", "X-API-KEY", reader).read(AnalysisResponses.Run.class);
        assertThat(one.kind()).isEqualTo("SENSITIVITY");
        assertThat(one.sensitivity()).isEqualTo(s.read(AnalysisResponses.Sensitivity.class));
        assertThat(one.sensitivityRequest().tornado()).hasSize(2);
        assertThat(one.monteCarlo()).isNull();
        AnalysisResponses.Run two = http().get("/v1/valuations/" + id + "/analyses/2", "X-API-KEY", reader).read(AnalysisResponses.Run.class);
        assertThat(two.monteCarlo()).isEqualTo(m.read(AnalysisResponses.MonteCarlo.class));
        assertThat(two.monteCarloRequest().seed()).isEqualTo(7L);
        assertThat(two.sensitivity()).isNull();

        Http.Response ledgers = http().get("/v1/ledgers/verification", "X-API-KEY", TestCredentials.key(keys, Role.ADMIN));
        assertThat(ledgers.status()).as(ledgers.body()).isEqualTo(200);
        assertThat(ledgers.body()).contains("\"ledger\":\"valuation-analyses\"").doesNotContain("\"status\":\"BROKEN\"");
    }

    @Test
    void test_retrySameKey_storedOnce_replayed() {
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String id = valuation(appraiser, "DP-STORE-RETRY");
        String key = TestCredentials.idempotencyKey();
        Http.Response first = post(id, "monte-carlo", MONTE_CARLO, appraiser, key);
        Http.Response again = post(id, "monte-carlo", MONTE_CARLO, appraiser, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.read(AnalysisResponses.MonteCarlo.class)).isEqualTo(first.read(AnalysisResponses.MonteCarlo.class));
        assertThat(http().get("/v1/valuations/" + id + "/analyses", "X-API-KEY", appraiser).read(AnalysisResponses.Runs.class).runs())
                .hasSize(1);
        // the same key with another body is refused, a new key is a new run
        assertThat(post(id, "monte-carlo", MONTE_CARLO.replace("\"seed\":7", "\"seed\":8"), appraiser, key).status()).isEqualTo(422);
        assertThat(post(id, "sensitivity", SENSITIVITY, appraiser, TestCredentials.idempotencyKey()).header("Location"))
                .endsWith("/analyses/2");
    }

    @Test
    void test_errors() {
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String id = valuation(appraiser, "DP-STORE-ERR");
        Http.Response noKey = http().post("/v1/valuations/" + id + "/sensitivity", SENSITIVITY, "X-API-KEY", appraiser);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.problem().type()).contains("idempotency-key-missing");
        // a refused run stores nothing
        Http.Response bad = post(id, "sensitivity", "{\"tornado\":[{\"driver\":\"nope\",\"low\":0.9,\"high\":1.1}]}", appraiser,
                TestCredentials.idempotencyKey());
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(http().get("/v1/valuations/" + id + "/analyses", "X-API-KEY", appraiser).read(AnalysisResponses.Runs.class).runs())
                .isEmpty();
        Http.Response missing = http().get("/v1/valuations/" + id + "/analyses/1", "X-API-KEY", appraiser);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problem().detail()).contains("no stored analysis 1");
        assertThat(http().get("/v1/valuations/" + UUID.randomUUID() + "/analyses", "X-API-KEY", appraiser).status()).isEqualTo(404);
        assertThat(http().get("/v1/valuations/" + UUID.randomUUID() + "/analyses/1", "X-API-KEY", appraiser).status()).isEqualTo(404);
        assertThat(http().get("/v1/valuations/" + id + "/analyses/0", "X-API-KEY", appraiser).status()).isEqualTo(400);
        assertThat(http().get("/v1/valuations/" + id + "/analyses").status()).isEqualTo(401);
        assertThat(http().get("/v1/valuations/" + id + "/analyses/1").status()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void test_read_readerOrAppraiser(Role role) {
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String id = valuation(appraiser, "DP-STORE-ROLE-" + role);
        assertThat(post(id, "sensitivity", SENSITIVITY, appraiser, TestCredentials.idempotencyKey()).status()).isEqualTo(201);
        String key = TestCredentials.key(keys, role);
        int expected = role == Role.READER || role == Role.APPRAISER ? 200 : 403;
        assertThat(http().get("/v1/valuations/" + id + "/analyses", "X-API-KEY", key).status()).isEqualTo(expected);
        assertThat(http().get("/v1/valuations/" + id + "/analyses/1", "X-API-KEY", key).status()).isEqualTo(expected);
    }

    /**
     * Revision 1 (issued with the valuation) charts the weights only; after a sensitivity and a Monte Carlo run, revision 2
     * charts all four; revision 1 stays byte for byte; the PDF of revision 2 lays out with every font embedded.
     */
    @Test
    void test_newRevision_chartsTheLatestRuns_oldRevisionUnchanged() throws Exception {
        String appraiser = TestCredentials.key(keys, Role.APPRAISER);
        String id = valuation(appraiser, "DP-STORE-REPORT");
        Http.Response r1 = http().get("/v1/valuations/" + id + "/report.html?revision=1", "X-API-KEY", appraiser);
        assertThat(r1.status()).isEqualTo(200);
        assertThat(r1.body()).contains("id=\"chart-weights\"", "<svg", "Reconciliation weights", "0.6000 (60.00%)")
                .doesNotContain("id=\"chart-tornado\"", "id=\"chart-heatmap\"", "id=\"chart-histogram\"");

        assertThat(post(id, "sensitivity", SENSITIVITY, appraiser, TestCredentials.idempotencyKey()).status()).isEqualTo(201);
        assertThat(post(id, "monte-carlo", MONTE_CARLO, appraiser, TestCredentials.idempotencyKey()).status()).isEqualTo(201);
        Http.Response revised = http().post("/v1/valuations/" + id + "/revisions", "{\"reason\":\"charts of the stored analyses\"}",
                "X-API-KEY", appraiser, "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(revised.status()).as(revised.body()).isEqualTo(201);
        assertThat(revised.read(ReportRevision.class).revision()).isEqualTo(2);

        String html = http().get("/v1/valuations/" + id + "/report.html?revision=2", "X-API-KEY", appraiser).body();
        assertThat(html).contains("id=\"chart-weights\"", "id=\"chart-tornado\"", "id=\"chart-heatmap\"", "id=\"chart-histogram\"");
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "valuation-report-charts.html"), html); // kept for a look
        assertThat(html.split("<svg", -1)).hasSize(5);
        assertThat(html).contains("xmlns=\"http://www.w3.org/2000/svg\"", "<rect", "viewBox=\"0 0 640 ");
        // tornado: hand-computed in AnalysisControllerTest (incomeScale 180.57 / 210.38, base 195.47); nice ticks 180 … 220
        assertThat(html).contains("incomeScale 0.9 / 1.1", ">180.57<", ">210.38<", ">195.47<", ">220<");
        // heat map: the base cell (1.0, 1.0) outlined, market × 1.5 adds 10.00
        assertThat(html).contains("class=\"cell base\"", ">205.47<", "comparablePriceScale");
        assertThat(html).contains("P5 = ", "P50 = ", "P95 = ", "analysis 1 (/v1/valuations/" + id + "/analyses/1)",
                "analysis 2 (/v1/valuations/" + id + "/analyses/2)", "draws 500, seed 7");
        assertThat(ReportTemplatesTest.rawDoubles(html)).as("raw doubles in the revision").isEmpty();
        assertThat(html).doesNotContainPattern("\"[-0-9.]*E[-0-9]+\"");

        Http.Response again = http().get("/v1/valuations/" + id + "/report.html?revision=1", "X-API-KEY", appraiser);
        assertThat(again.body()).isEqualTo(r1.body());
        assertThat(again.header("ETag")).isEqualTo(r1.header("ETag"));

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/v1/valuations/" + id + "/report.pdf?revision=2")).header("X-API-KEY", appraiser).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // the captions are text; the charts are vector drawings (Batik), whose labels are outlines, not text
            assertThat(text).contains("180.57", "220.38", "P50 = 196.30", "Reconciliation weights",
                    "Monte Carlo: distribution of the value");
            assertThat(text).as("the fallback tables stay hidden when the charts are drawn").doesNotContain("Value at low");
            assertThat(chartPixels(doc)).as("pixels of the bar colour " + Charts.BAR + " drawn in the PDF (weights and histogram bars)")
                    .isGreaterThan(5_000);
            assertThat(ReportTemplatesTest.rawDoubles(text)).as("raw doubles in the PDF").isEmpty();
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                ReportPdfRendererTest.fonts(page.getResources(), notEmbedded);
            }
            assertThat(notEmbedded).as("fonts not embedded").isEmpty();
        }
    }

    /** Pixels of the bar colour ({@link Charts#BAR}, within a small tolerance for anti-aliasing) over all pages at 50 dpi. */
    private static long chartPixels(PDDocument doc) throws java.io.IOException {
        java.awt.Color bar = java.awt.Color.decode(Charts.BAR);
        org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
        long count = 0;
        for (int page = 0; page < doc.getNumberOfPages(); page++) {
            java.awt.image.BufferedImage image = renderer.renderImageWithDPI(page, 50);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                    if (Math.abs(c.getRed() - bar.getRed()) + Math.abs(c.getGreen() - bar.getGreen())
                            + Math.abs(c.getBlue() - bar.getBlue()) < 24) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
