package org.dataprice.api.crash;

import org.dataprice.api.document.PdfChecks;
import org.dataprice.api.document.TestSigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issued documents never change, tested against the real jar: a valuation's report documents (JSON snapshot,
 * HTML, CSV and the PDF laid out on first request) are read, the service is killed with SIGKILL and started
 * again on the same H2 store, and every document answers the same bytes with the same ETag; a re-rendering is
 * revision 2 and leaves revision 1 as it was. The service signs with a PKCS#12 key
 * ({@code DATAPRICE_REPORT_SIGNING_*}): the PDF's PAdES signature and the JSON's detached signature verify, and are
 * the same bytes after the restart (signed once, at issue).
 */
class IssuedDocumentsH2IT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final List<String> DOCUMENTS = List.of("report.json", "report.json.p7s", "report.html",
            "cash-flows.csv", "report.pdf");

    private static HttpResponse<byte[]> get(URI base, String path, String token) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, HttpResponse<byte[]>> readAll(URI base, String id, String token) throws Exception {
        Map<String, HttpResponse<byte[]>> out = new LinkedHashMap<>();
        for (String doc : DOCUMENTS) {
            HttpResponse<byte[]> r = get(base, "/v1/valuations/" + id + "/" + doc, token);
            assertThat(r.statusCode()).as(doc + ": " + new String(r.body())).isEqualTo(200);
            out.put(doc, r);
        }
        return out;
    }

    @Test
    void test_documentsAreByteIdenticalAcrossAKillAndRestart(@TempDir Path workDir) throws Exception {
        Workload workload = new Workload();
        String id;
        Map<String, HttpResponse<byte[]>> before;
        Path store = TestSigningKeys.rsa(Files.createDirectories(workDir.resolve("keys")).resolve("firm.p12"));
        Map<String, String> signing = Map.of("DATAPRICE_REPORT_SIGNING_KEYSTORE", store.toString(),
                "DATAPRICE_REPORT_SIGNING_PASSWORD", TestSigningKeys.PASSWORD, "DATAPRICE_REPORT_SIGNING_ALIAS", "firm");
        ServiceProcess first = ServiceProcess.start(workDir, signing, "384m");
        try {
            workload.setUp(first.base());
            Workload.Answer created = workload.send(first.base(), workload.valuationWrite("DP-ISSUED"), Duration.ofSeconds(30));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            id = created.id();
            before = readAll(first.base(), id, workload.appraiserToken());
            assertThat(PdfChecks.verifiesPdf(before.get("report.pdf").body())).isTrue();
            assertThat(PdfChecks.verifiesDetached(before.get("report.json").body(), before.get("report.json.p7s").body())).isTrue();
        } finally {
            first.kill9();
        }
        try (ServiceProcess second = ServiceProcess.start(workDir, signing, "384m")) {
            Map<String, HttpResponse<byte[]>> after = readAll(second.base(), id, workload.appraiserToken());
            for (String doc : DOCUMENTS) {
                assertThat(after.get(doc).body()).as(doc).isEqualTo(before.get(doc).body());
                assertThat(after.get(doc).headers().firstValue("ETag")).as(doc).isEqualTo(before.get(doc).headers().firstValue("ETag"));
                assertThat(after.get(doc).headers().firstValue("Document-Revision")).as(doc).contains("1");
            }
            HttpResponse<String> verification = CLIENT.send(HttpRequest.newBuilder(second.base().resolve("/health/readiness"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(verification.statusCode()).as(verification.body()).isEqualTo(200);

            Workload.Answer reissued = workload.send(second.base(), new Workload.Write(Workload.Kind.VALUATION, "reissue-" + id,
                    "/v1/valuations/" + id + "/revisions", "{\"reason\":\"restart check\"}", workload.appraiserToken()),
                    Duration.ofSeconds(30));
            assertThat(reissued.status()).as(reissued.body()).isEqualTo(201);
            HttpResponse<byte[]> latest = get(second.base(), "/v1/valuations/" + id + "/report.html", workload.appraiserToken());
            assertThat(latest.headers().firstValue("Document-Revision")).contains("2");
            HttpResponse<byte[]> first1 = get(second.base(), "/v1/valuations/" + id + "/report.html?revision=1",
                    workload.appraiserToken());
            assertThat(first1.body()).isEqualTo(before.get("report.html").body());
        }
    }
}
