package org.dataprice.api.valuation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.document.DocumentSigner;
import org.dataprice.api.document.PdfChecks;
import org.dataprice.api.document.TestSigningKeys;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed reports over HTTP, with a PKCS#12 key configured ({@code dataprice.report.signing.*}): the PDF is signed
 * once, when issued, and the stored signed bytes are answered afterwards (later reads, a later clock, and a restart of
 * the service without any key give the same bytes); the JSON snapshot is issued with its detached CMS signature
 * ({@code report.json.p7s}), which verifies over the served JSON and fails on a changed one; a new revision is signed
 * anew and leaves revision 1 as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedReportHttpTest {
    private final String database = "signed-report-" + UUID.randomUUID();
    private Path dir;
    private EmbeddedServer server;
    private String appraiser;
    private String reader;
    private String id;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory(Path.of("target"), "signed-report");
        Path store = TestSigningKeys.rsa(dir.resolve("firm.p12"));
        server = start(Map.of("dataprice.report.signing.keystore", store.toString(),
                "dataprice.report.signing.password", TestSigningKeys.PASSWORD, "dataprice.report.signing.alias", "firm"));
        appraiser = TestCredentials.key(server.getApplicationContext().getBean(ApiKeyService.class), Role.APPRAISER);
        reader = TestCredentials.key(server.getApplicationContext().getBean(ApiKeyService.class), Role.READER);
        Http.Response created = http().post("/v1/valuations", ValuationFixtures.engagement("DP-SIGNED-1"), "X-API-KEY", appraiser,
                "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        id = created.read(ValuationResponse.class).id();
    }

    private EmbeddedServer start(Map<String, Object> signing) {
        Map<String, Object> props = new HashMap<>(TestDatabases.h2(database));
        props.putAll(signing);
        EmbeddedServer s = ApplicationContext.run(EmbeddedServer.class, props, "test");
        s.getApplicationContext().getBean(TestClock.class).set(Instant.parse("2025-01-15T02:00:00Z"));
        return s;
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Http http() {
        return new Http(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    private byte[] get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("X-API-KEY", reader).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path + ": " + new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return r.body();
    }

    @Test
    void test_json_detachedSignatureVerifies_andTamperingIsDetected() throws Exception {
        byte[] json = get("/v1/valuations/" + id + "/report.json");
        byte[] p7s = get("/v1/valuations/" + id + "/report.json.p7s");
        assertThat(PdfChecks.verifiesDetached(json, p7s)).isTrue();
        String text = new String(json, StandardCharsets.UTF_8);
        String tampered = text.replaceFirst("\"value\":\\s*\"?(\\d)", "\"value\":\"9$1");
        assertThat(tampered).isNotEqualTo(text);
        assertThat(PdfChecks.verifiesDetached(tampered.getBytes(StandardCharsets.UTF_8), p7s)).isFalse();
        assertThat(PdfChecks.verifiesDetached((text + "\n").getBytes(StandardCharsets.UTF_8), p7s)).isFalse();

        ReportRevisions revisions = http().get("/v1/valuations/" + id + "/revisions", "X-API-KEY", reader).read(ReportRevisions.class);
        ReportRevision.Document signature = revisions.revisions().get(0).documents().stream()
                .filter(d -> d.format().equals("json.p7s")).findFirst().orElseThrow();
        assertThat(signature.mediaType()).isEqualTo("application/pkcs7-signature");
        assertThat(signature.renderer()).isEqualTo(DocumentSigner.RENDERER);
        assertThat(signature.href()).isEqualTo("/v1/valuations/" + id + "/report.json.p7s?revision=1");
    }

    @Test
    void test_pdf_signedOnceAtIssue_storedBytesServed_reissueSignsAnew_acrossARestartWithoutKey() throws Exception {
        byte[] first = get("/v1/valuations/" + id + "/report.pdf");
        assertThat(PdfChecks.verifiesPdf(first)).isTrue();
        for (String page : PdfChecks.pageTexts(first)) {
            assertThat(page).doesNotContain("DRAFT");
        }
        // a GET never re-signs: a later clock would change the signing time of a new signature
        server.getApplicationContext().getBean(TestClock.class).advance(Duration.ofDays(1));
        assertThat(get("/v1/valuations/" + id + "/report.pdf")).isEqualTo(first);
        ReportRevisions revisions = http().get("/v1/valuations/" + id + "/revisions", "X-API-KEY", reader).read(ReportRevisions.class);
        assertThat(revisions.revisions().get(0).documents()).filteredOn(d -> d.format().equals("pdf"))
                .extracting(ReportRevision.Document::renderer).singleElement().asString().endsWith("/PDF-A-2b/signed");

        Http.Response reissued = http().post("/v1/valuations/" + id + "/revisions", "{\"reason\":\"signed anew\"}",
                "X-API-KEY", appraiser, "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(reissued.status()).as(reissued.body()).isEqualTo(201);
        byte[] second = get("/v1/valuations/" + id + "/report.pdf?revision=2");
        assertThat(PdfChecks.verifiesPdf(second)).isTrue();
        assertThat(second).isNotEqualTo(first);
        assertThat(PdfChecks.verifiesDetached(get("/v1/valuations/" + id + "/report.json?revision=2"),
                get("/v1/valuations/" + id + "/report.json.p7s?revision=2"))).isTrue();
        byte[] pdfsigInput = get("/v1/valuations/" + id + "/report.pdf?revision=1");
        assertThat(pdfsigInput).isEqualTo(first);
        List<String> validity = List.of(PdfChecks.poppler("pdfsig", first, dir).output(), PdfChecks.poppler("pdfsig", second, dir).output());
        assertThat(validity).allSatisfy(out -> assertThat(out).contains("Signature is Valid"));

        // restart on the same store without a signing key: the signed documents are still served as issued
        byte[] p7s = get("/v1/valuations/" + id + "/report.json.p7s");
        server.close();
        server = start(Map.of());
        assertThat(get("/v1/valuations/" + id + "/report.pdf?revision=1")).isEqualTo(first);
        assertThat(get("/v1/valuations/" + id + "/report.pdf?revision=2")).isEqualTo(second);
        assertThat(get("/v1/valuations/" + id + "/report.json.p7s")).isEqualTo(p7s);
        // a revision issued now is an unsigned draft: no JSON signature, DRAFT on every page
        Http.Response third = http().post("/v1/valuations/" + id + "/revisions", "{\"reason\":\"unsigned\"}",
                "X-API-KEY", appraiser, "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(third.status()).as(third.body()).isEqualTo(201);
        Http.Response missing = http().get("/v1/valuations/" + id + "/report.json.p7s?revision=3", "X-API-KEY", reader);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problem().detail()).contains("issued unsigned");
        for (String page : PdfChecks.pageTexts(get("/v1/valuations/" + id + "/report.pdf?revision=3"))) {
            assertThat(page).contains("DRAFT");
        }
    }
}
