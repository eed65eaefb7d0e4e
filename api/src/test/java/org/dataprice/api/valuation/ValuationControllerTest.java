package org.dataprice.api.valuation;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.dataprice.api.document.IssuedDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/valuations}: create (persisted before the 201, idempotent), read back as JSON, HTML, PDF and CSV;
 * errors and roles. One application context and one created valuation for the whole class.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValuationControllerTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    StoredValuationRepository repository;
    @Inject
    ValuationService service;

    Http http;
    String appraiser;
    String reader;
    ValuationResponse created;

    @BeforeEach
    void setUp() {
        if (http == null) {
            http = new Http(server.getURL(), json);
            appraiser = TestCredentials.key(keys, Role.APPRAISER);
            reader = TestCredentials.key(keys, Role.READER);
            Http.Response r = create(ValuationFixtures.engagement("DP-TEST-0001"), TestCredentials.idempotencyKey());
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            created = r.read(ValuationResponse.class);
        }
    }

    private Http.Response create(String body, String idempotencyKey) {
        return http.post("/v1/valuations", body, "X-API-KEY", appraiser, "Idempotency-Key", idempotencyKey);
    }

    private byte[] bytes(String path, String key, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("X-API-KEY", key)
                .header("Accept", accept).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(accept);
        return response.body();
    }

    @Test
    void test_create_threeApproachesReconciledAndStoredBeforeAnswer() {
        // 0.6 × 248.45 (textbook) + 0.2 × 132.00 + 0.2 × 100.00 = 195.47
        assertThat(created.report().value()).isEqualByComparingTo("195.47");
        assertThat(created.report().low()).isEqualByComparingTo("100.00");
        assertThat(created.report().high()).isEqualByComparingTo("248.45");
        assertThat(created.report().approaches()).extracting(a -> a.value().toPlainString())
                .containsExactly("248.45", "132.00", "100.00");
        assertThat(created.report().qualityScore()).isEqualTo(0.75 * 0.9 + 0.25 * 0.6);
        assertThat(created.report().inputHash()).matches("[0-9a-f]{64}");
        assertThat(created.report().cashFlows()).hasSize(5);
        assertThat(created.engagement().reference()).isEqualTo("DP-TEST-0001");
        StoredValuation row = repository.findById(created.id()).orElseThrow();
        assertThat(row.inputHash()).isEqualTo(created.report().inputHash());
        assertThat(row.valueAmount()).isEqualByComparingTo("195.47");
        assertThat(row.createdBy()).startsWith("apikey:");
    }

    /**
     * U from the engagement's quality score Q = 0.75 × 0.9 + 0.25 × 0.6, which in binary floating point is
     * 0.8250000000000001 (as the report shows), so cost 150 × 1.1 × Q = 136.125000…01 is just above the tie and
     * rounds to 136.13; value 0.6 × 248.45 + 0.2 × 136.13 + 0.2 × 100 = 149.07 + 27.226 + 20 = 196.296 → 196.30.
     */
    @Test
    void test_create_costUFromEngagementQuality() {
        String body = ValuationFixtures.engagement("DP-TEST-Q").replace("{\"kind\":\"GIVEN\",\"u\":0.8}", "{\"kind\":\"QUALITY\"}");
        Http.Response r = create(body, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        ValuationResponse v = r.read(ValuationResponse.class);
        assertThat(v.report().approaches().get(1).value()).isEqualByComparingTo("136.13");
        assertThat(v.report().value()).isEqualByComparingTo("196.30");
        assertThat(v.report().qualityScore()).isEqualTo(0.8250000000000001);
    }

    @Test
    void test_create_replayAnswersSameWithoutNewRow() {
        String key = TestCredentials.idempotencyKey();
        Http.Response first = create(ValuationFixtures.engagement("DP-TEST-REPLAY"), key);
        long rows = repository.count();
        Http.Response again = create(ValuationFixtures.engagement("DP-TEST-REPLAY"), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.read(ValuationResponse.class).id()).isEqualTo(first.read(ValuationResponse.class).id());
        assertThat(again.body()).as("read back from the stored valuation, byte for byte").isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repository.count()).isEqualTo(rows);
        Http.Response reused = create(ValuationFixtures.engagement("DP-TEST-OTHER"), key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.problem().type()).endsWith("idempotency-key-reused");
    }

    @Test
    void test_create_withoutIdempotencyKey400() {
        Http.Response r = http.post("/v1/valuations", ValuationFixtures.engagement("X"), "X-API-KEY", appraiser);
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void test_show_jsonEqualsCreated() {
        Http.Response r = http.get("/v1/valuations/" + created.id(), "X-API-KEY", reader);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.read(ValuationResponse.class)).isEqualTo(created);
    }

    /** The JSON written from the stored text is byte for byte what serialising the parsed valuation writes. */
    @Test
    void test_show_jsonFromStoredTextEqualsReserialised() throws Exception {
        HttpResponse<byte[]> r = raw("/v1/valuations/" + created.id(), reader, "Accept", "application/json");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(json.writeValueAsString(service.find(created.id())))
                .isEqualTo(new String(service.findJson(created.id()), java.nio.charset.StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> raw(String path, String key, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("X-API-KEY", key);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every document answers the stored bytes with their SHA-256 as a strong ETag; a matching If-None-Match is 304. */
    @Test
    void test_documents_etagIsTheSha256_andIfNoneMatchAnswers304() throws Exception {
        for (String doc : List.of("report.json", "report.html", "cash-flows.csv", "report.pdf")) {
            HttpResponse<byte[]> r = raw("/v1/valuations/" + created.id() + "/" + doc, reader);
            assertThat(r.statusCode()).as(doc).isEqualTo(200);
            String etag = r.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).isEqualTo("\"" + IssuedDocuments.sha256(r.body()) + "\"");
            assertThat(r.headers().firstValue(ValuationController.DOCUMENT_REVISION)).hasValue("1");
            HttpResponse<byte[]> again = raw("/v1/valuations/" + created.id() + "/" + doc, reader, "If-None-Match", etag);
            assertThat(again.statusCode()).as(doc).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(raw("/v1/valuations/" + created.id() + "/" + doc + "?revision=1", reader).body()).isEqualTo(r.body());
        }
        String snapshot = new String(raw("/v1/valuations/" + created.id() + "/report.json", reader).body(), StandardCharsets.UTF_8);
        assertThat(json.readValue(snapshot, ReportResponse.class).value()).isEqualByComparingTo("195.47");
    }

    /** Without a signing key (the default) a report is an unsigned draft: no JSON signature (404), DRAFT on every PDF page. */
    @Test
    void test_unsigned_noJsonSignature_pdfSaysDraftOnEveryPage() throws Exception {
        Http.Response missing = http.get("/v1/valuations/" + created.id() + "/report.json.p7s", "X-API-KEY", reader);
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
        assertThat(missing.problem().detail()).contains("issued unsigned", "dataprice.report.signing.keystore");
        List<String> pages = org.dataprice.api.document.PdfChecks.pageTexts(raw("/v1/valuations/" + created.id() + "/report.pdf",
                reader).body());
        assertThat(pages).isNotEmpty().allSatisfy(page -> assertThat(page).contains("DRAFT"));
    }

    /** Revisions: listing, reading one, re-rendering as a new revision (idempotent), and the errors. */
    @Test
    void test_revisions_reissueAddsRevision_oldBytesKept_errors() throws Exception {
        Http.Response fresh = create(ValuationFixtures.engagement("DP-TEST-REV"), TestCredentials.idempotencyKey());
        String id = fresh.read(ValuationResponse.class).id();
        byte[] html1 = raw("/v1/valuations/" + id + "/report.html", reader).body();

        Http.Response list = http.get("/v1/valuations/" + id + "/revisions", "X-API-KEY", reader);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        ReportRevisions revisions = list.read(ReportRevisions.class);
        assertThat(revisions.latest()).isEqualTo(1);
        assertThat(revisions.revisions().get(0).reason()).isEqualTo(ValuationService.FIRST_ISSUE);
        assertThat(revisions.revisions().get(0).issuedBy()).startsWith("apikey:");
        assertThat(revisions.revisions().get(0).documents()).extracting(ReportRevision.Document::href)
                .contains("/v1/valuations/" + id + "/report.html?revision=1");

        String key = TestCredentials.idempotencyKey();
        Http.Response reissued = http.post("/v1/valuations/" + id + "/revisions", "{\"reason\":\"library upgrade\"}",
                "X-API-KEY", appraiser, "Idempotency-Key", key);
        assertThat(reissued.status()).as(reissued.body()).isEqualTo(201);
        assertThat(reissued.header("Location")).isEqualTo("/v1/valuations/" + id + "/revisions/2");
        assertThat(reissued.read(ReportRevision.class).reason()).isEqualTo("library upgrade");
        Http.Response replay = http.post("/v1/valuations/" + id + "/revisions", "{\"reason\":\"library upgrade\"}",
                "X-API-KEY", appraiser, "Idempotency-Key", key);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(http.get("/v1/valuations/" + id + "/revisions", "X-API-KEY", reader).read(ReportRevisions.class).latest())
                .as("a replay issues nothing").isEqualTo(2);
        assertThat(http.get("/v1/valuations/" + id + "/revisions/2", "X-API-KEY", reader).status()).isEqualTo(200);

        HttpResponse<byte[]> latest = raw("/v1/valuations/" + id + "/report.html", reader);
        assertThat(latest.headers().firstValue(ValuationController.DOCUMENT_REVISION)).hasValue("2");
        assertThat(raw("/v1/valuations/" + id + "/report.html?revision=1", reader).body()).isEqualTo(html1);

        assertThat(http.get("/v1/valuations/" + id + "/revisions/3", "X-API-KEY", reader).status()).isEqualTo(404);
        assertThat(raw("/v1/valuations/" + id + "/report.html?revision=3", reader).statusCode()).isEqualTo(404);
        assertThat(raw("/v1/valuations/" + id + "/report.html?revision=0", reader).statusCode()).isEqualTo(400);
        assertThat(raw("/v1/valuations/" + id + "/report.html?revision=x", reader).statusCode()).isEqualTo(400);
        assertThat(http.get("/v1/valuations/" + UUID.randomUUID() + "/revisions", "X-API-KEY", reader).status()).isEqualTo(404);
        Http.Response noReason = http.post("/v1/valuations/" + id + "/revisions", "{}", "X-API-KEY", appraiser,
                "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        Http.Response noKey = http.post("/v1/valuations/" + id + "/revisions", "{\"reason\":\"x\"}", "X-API-KEY", appraiser);
        assertThat(noKey.status()).isEqualTo(400);
        Http.Response tooLong = http.post("/v1/valuations/" + id + "/revisions", "{\"reason\":\"" + "r".repeat(501) + "\"}",
                "X-API-KEY", appraiser, "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
    }

    @Test
    void test_show_unknown404AndMalformedId400() {
        assertThat(http.get("/v1/valuations/" + UUID.randomUUID(), "X-API-KEY", reader).status()).isEqualTo(404);
        assertThat(http.get("/v1/valuations/not-a-uuid", "X-API-KEY", reader).status()).isEqualTo(400);
    }

    @Test
    void test_html_keyFiguresAndReproducible() throws Exception {
        String a = new String(bytes("/v1/valuations/" + created.id() + "/report.html", reader, "text/html"), StandardCharsets.UTF_8);
        String b = new String(bytes("/v1/valuations/" + created.id(), reader, "text/html"), StandardCharsets.UTF_8);
        assertThat(b).isEqualTo(a);
        assertThat(a).contains("195.47", "248.45", "132.00", "100.00", created.report().inputHash(), created.report().libraryVersion(),
                "数据产品经营权", "评估结论", "Concluded value", "评估假设", "持续经营 going concern", "特别事项说明", "评估基准日", "2024-12-31",
                "重庆某评估公司 A. Appraiser", "质押融资 pledge financing", "市场价值 market value", "收益法", "Income approach");
        Path out = Path.of("target", "valuation-report.html");
        Files.writeString(out, a);
    }

    @Test
    void test_csv_oneRowPerPeriod() throws Exception {
        String csv = new String(bytes("/v1/valuations/" + created.id() + "/cash-flows.csv", reader, "text/csv"), StandardCharsets.UTF_8);
        String[] lines = csv.strip().split("\n");
        assertThat(lines).hasSize(1 + 5);
        assertThat(lines[0]).isEqualTo("scenario,period,forecast,contribution_factor,income,discount_factor,present_value");
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i].split(",", -1)).hasSize(7);
            assertThat(lines[i].split(",")[1]).isEqualTo(Integer.toString(i));
        }
        assertThat(new String(bytes("/v1/valuations/" + created.id(), reader, "text/csv"), StandardCharsets.UTF_8)).isEqualTo(csv);
        assertThat(new String(bytes("/v1/valuations/" + created.id(), reader, "application/pdf"), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void test_pdf_validWithPages() throws Exception {
        byte[] pdf = bytes("/v1/valuations/" + created.id() + "/report.pdf", reader, "application/pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }
        Files.write(Path.of("target", "valuation-report.pdf"), pdf);
    }

    /**
     * A valuation whose income approach warns (negative cost saving): the warning is in the JSON report and the
     * income approach's result, in a labelled bilingual section of the HTML and in the PDF's text; the valuation
     * without warnings has no such section.
     */
    @Test
    void test_warnings_inJsonHtmlAndPdf() throws Exception {
        Http.Response r = create(ValuationFixtures.engagement("DP-TEST-WARN", ValuationFixtures.INCOME_NEGATIVE_COST_SAVING),
                TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        ValuationResponse warned = r.read(ValuationResponse.class);
        String warning = ValuationFixtures.NEGATIVE_COST_SAVING_WARNING;
        assertThat(warned.report().warnings()).containsExactly(warning);
        assertThat(warned.report().approaches().get(0).warnings()).containsExactly(warning);

        String html = new String(bytes("/v1/valuations/" + warned.id() + "/report.html", reader, "text/html"), StandardCharsets.UTF_8);
        int start = html.indexOf("<section id=\"warnings\"");
        assertThat(start).as("warnings section").isPositive();
        String section = html.substring(start, html.indexOf("</section>", start));
        assertThat(section).contains("评估提示", "Warnings", "收益法提示", "Income approach warning", warning);

        byte[] pdf = bytes("/v1/valuations/" + warned.id() + "/report.pdf", reader, "application/pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Warnings", "Income approach warning", "negative cost saving: incremental forecast of kind",
                "COST_SAVING", "gives P = CNY -130.17", "the with-data costs exceed the without-data costs",
                "Check that withData and withoutData are not swapped");

        String plain = new String(bytes("/v1/valuations/" + created.id() + "/report.html", reader, "text/html"), StandardCharsets.UTF_8);
        assertThat(created.report().warnings()).isNullOrEmpty(); // serde omits an empty list
        assertThat(plain).doesNotContain("id=\"warnings\"", "评估提示");
        try (PDDocument doc = Loader.loadPDF(bytes("/v1/valuations/" + created.id() + "/report.pdf", reader, "application/pdf"))) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("Income approach warning");
        }
    }

    /** The client and the two signing appraisers reach the issued HTML report (parties row and signature block). */
    @Test
    void test_create_withParties_reportHtmlNamesClientAndSignatories() throws Exception {
        Http.Response r = create(ValuationFixtures.engagementWithParties("DP-TEST-PARTIES", ReportTemplatesTest.TWO_SIGNATORIES),
                TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        ValuationResponse v = r.read(ValuationResponse.class);
        assertThat(v.engagement().client()).isEqualTo(ValuationFixtures.CLIENT);
        assertThat(v.engagement().signatories()).extracting(ValuationRequest.Signatory::registrationNumber)
                .containsExactly("50180012", "50180034");
        String html = new String(bytes("/v1/valuations/" + v.id() + "/report.html", reader, "text/html"), StandardCharsets.UTF_8);
        String parties = html.substring(html.indexOf("<section id=\"parties\""));
        assertThat(parties.substring(0, parties.indexOf("</section>"))).contains(ValuationFixtures.CLIENT)
                .doesNotContain("as named in the engagement contract");
        String signatures = html.substring(html.indexOf("<section id=\"signatures\""));
        assertThat(signatures.substring(0, signatures.indexOf("</section>"))).contains("张伟 Zhang Wei", "50180012", "李娜 Li Na", "50180034");
        String plain = new String(bytes("/v1/valuations/" + created.id() + "/report.html", reader, "text/html"), StandardCharsets.UTF_8);
        assertThat(plain).contains("as named in the engagement contract").doesNotContain("50180012");
        Http.Response stored = http.get("/v1/valuations/" + created.id(), "X-API-KEY", reader);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body()).as("an engagement without parties reads back without them").doesNotContain("\"client\"",
                "\"signatories\"");
    }

    @Test
    void test_create_duplicateRegistrationNumber422WithJsonPath() {
        Http.Response r = create(ValuationFixtures.engagementWithParties("X", "[{\"name\":\"张伟\",\"registrationNumber\":\"5018\"},"
                + "{\"name\":\"李娜\",\"registrationNumber\":\"5018\"}]"), TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("signatories[1].registrationNumber");
        assertThat(r.problem().rule()).isEqualTo("duplicate");
    }

    @Test
    void test_create_blankSignatoryNameOrThreeSignatories400WithJsonPath() {
        Http.Response blank = create(ValuationFixtures.engagementWithParties("X", "[{\"name\":\" \",\"registrationNumber\":\"5018\"}]"),
                TestCredentials.idempotencyKey());
        assertThat(blank.status()).as(blank.body()).isEqualTo(400);
        assertThat(blank.problem().violations()).extracting(x -> x.field()).contains("signatories[0].name");
        String one = "{\"name\":\"张伟\",\"registrationNumber\":\"5018\"}";
        Http.Response three = create(ValuationFixtures.engagementWithParties("X", "[" + one + "," + one.replace("5018", "5019") + ","
                + one.replace("5018", "5020") + "]"), TestCredentials.idempotencyKey());
        assertThat(three.status()).as(three.body()).isEqualTo(400);
        assertThat(three.problem().violations()).extracting(x -> x.field()).contains("signatories");
    }

    @Test
    void test_create_missingAsset400() {
        String body = ValuationFixtures.engagement("X").replaceFirst("\"asset\":\\{[^}]*\\},", "");
        Http.Response r = create(body, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.problem().violations()).extracting(v -> v.field()).contains("asset");
    }

    @Test
    void test_create_badDiscountRate422WithJsonPath() {
        String body = ValuationFixtures.engagement("X").replace("\"riskFree\":0.06", "\"riskFree\":-1.5");
        Http.Response r = create(body, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("income.inputs.discountRate.riskFree");
    }

    /** A figure the chosen kind does not read is refused, naming it, never silently ignored. */
    @Test
    void test_create_fieldOfAnotherKind422WithJsonPath() {
        String body = ValuationFixtures.engagement("X").replace("\"shareRate\":0.1539",
                "\"shareRate\":0.1539,\"taxRate\":0.25");
        Http.Response r = create(body, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("income.inputs.forecast.taxRate");
        assertThat(r.problem().rule()).isEqualTo("invalid-state");
    }

    @Test
    void test_create_negativeCost422WithJsonPath() {
        String body = ValuationFixtures.engagement("X").replace("\"amount\":50", "\"amount\":-50");
        Http.Response r = create(body, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("cost.inputs.items[1].amount");
    }

    @Test
    void test_create_weightsNotSummingToOne422() {
        String body = ValuationFixtures.engagement("X").replace("\"weight\":0.6", "\"weight\":0.5");
        Http.Response r = create(body, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("weights");
        assertThat(r.problem().rule()).isEqualTo("sum-mismatch");
    }

    @Test
    void test_create_marketDateMismatch422() {
        String body = ValuationFixtures.engagement("X").replace("\"valuationDate\":\"2024-12-31\",\"appraiser\"",
                "\"valuationDate\":\"2024-11-30\",\"appraiser\"");
        Http.Response r = create(body, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).as("the request's JSON path").isEqualTo("market.inputs.subject.valuationDate");
    }

    @Test
    void test_noCredentials401() {
        assertThat(http.post("/v1/valuations", ValuationFixtures.engagement("X"), "Idempotency-Key", "k").status()).isEqualTo(401);
        assertThat(http.get("/v1/valuations/" + created.id()).status()).isEqualTo(401);
        assertThat(http.get("/v1/valuations/" + created.id() + "/report.html").status()).isEqualTo(401);
        assertThat(http.get("/v1/valuations/" + created.id() + "/report.pdf").status()).isEqualTo(401);
        assertThat(http.get("/v1/valuations/" + created.id() + "/cash-flows.csv").status()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void test_roles(Role role) {
        String key = TestCredentials.key(keys, role);
        Http.Response post = http.post("/v1/valuations", ValuationFixtures.engagement("DP-ROLE-" + role), "X-API-KEY", key,
                "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(post.status()).as("POST as " + role).isEqualTo(role == Role.APPRAISER ? 201 : 403);
        boolean reads = role == Role.APPRAISER || role == Role.READER;
        for (String suffix : new String[] {"", "/report.html", "/cash-flows.csv"}) {
            assertThat(http.get("/v1/valuations/" + created.id() + suffix, "X-API-KEY", key).status()).as("GET" + suffix + " as " + role)
                    .isEqualTo(reads ? 200 : 403);
        }
    }
}
