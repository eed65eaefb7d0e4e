package org.dataprice.api.registry;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dataprice.api.Http;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.document.IssuedDocuments;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.dataprice.api.valuation.ReportPdfRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry's human-readable documents over HTTP: the certificate PDF (text, embedded fonts, the QR code decoded back
 * to the verification URL, rendered once and then served as stored, the JWS's access rule) and the public timeline page
 * (public part only, events in order with their certificates' status, citations), with their error paths.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryDocumentsTest implements TestPropertyProvider {
    /** Configured with a trailing slash: the service strips it. */
    static final String BASE = "https://registry.exchange.example/";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    HttpClient client;
    Market.Party registrar;
    Market.Party holder;
    Market.Party stranger;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new java.util.HashMap<>();
        TestDatabases.h2("registry-documents").forEach((k, v) -> out.put(k, String.valueOf(v)));
        out.put("dataprice.registry.public-base-url", BASE);
        return out;
    }

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        client = HttpClient.newHttpClient();
        registrar = Market.party(keys, Role.REGISTRAR);
        holder = Market.party(keys, Role.READER);
        stranger = Market.party(keys, Role.READER);
    }

    private String register() {
        Http.Response r = http.post("/v1/registrations", RegistryExamples.REGISTER.replace("\"acme\"",
                "\"" + holder.name() + "\""), registrar.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return (String) r.map().get("registrationId");
    }

    private String certificateHash(String id, int sequence) {
        Http.Response r = http.get("/v1/registrations/" + id + "/certificates/" + sequence, "X-API-KEY", registrar.key());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.header("Digest-SHA256");
    }

    private HttpResponse<byte[]> getBytes(String path, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET();
        if (key != null) {
            b.header("X-API-KEY", key);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private byte[] pdf(String id, int sequence, String key) throws Exception {
        HttpResponse<byte[]> r = getBytes("/v1/registrations/" + id + "/certificates/" + sequence + "/pdf", key);
        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(r.headers().firstValue("Digest-SHA256").orElseThrow()).isEqualTo(IssuedDocuments.sha256(r.body()));
        return r.body();
    }

    @Test
    void test_certificatePdf_showsIdAndHash_embedsItsFonts_andItsQrCodeDecodesToTheVerificationUrl() throws Exception {
        String id = register();
        String hash = certificateHash(id, 1);
        byte[] bytes = pdf(id, 1, holder.key());
        String url = "https://registry.exchange.example/v1/certificates/verification?hash=" + hash;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).as("a certificate fits one A4 page").isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            // the DRAFT line of an unsigned PDF (no document key in the tests) is drawn on top and cuts into the text order
            String plain = text.replaceAll("\\s+", "").replace(ReportPdfRenderer.DRAFT.replaceAll("\\s+", ""), "")
                    .replace("DRAFT", "");
            assertThat(plain).contains(id, hash, url, "register", "ENTERPRISE");
            // nothing personal: the holder is counted, never named; no reason, no source
            assertThat(text).doesNotContain(holder.name()).doesNotContain(registrar.name())
                    .doesNotContain("application A-2026-001").doesNotContain("own logistics platform");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    fonts.add(res.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray())).contains("pdfaid:part");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
            assertThat(decodeQr(page)).isEqualTo(url);
            // kept for a look (CI artefacts, like the browser tests' screenshots)
            java.nio.file.Files.createDirectories(RegistrationPageBrowserTest.SCREENSHOTS);
            java.nio.file.Files.write(RegistrationPageBrowserTest.SCREENSHOTS.resolve("registration-certificate.pdf"), bytes);
            javax.imageio.ImageIO.write(page, "png", RegistrationPageBrowserTest.SCREENSHOTS.resolve("registration-certificate.png").toFile());
        }
        // the QR code's link answers the certificate's status, publicly
        Http.Response verified = http.get("/v1/certificates/verification?hash=" + hash);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.map().get("status")).isEqualTo("VALID");
    }

    static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(),
                pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    @Test
    void test_certificatePdf_isRenderedOnce_thenServedAsStored_toTheRegistrarAndTheParties() throws Exception {
        String id = register();
        byte[] first = pdf(id, 1, holder.key());
        byte[] again = pdf(id, 1, holder.key());
        byte[] registrars = pdf(id, 1, registrar.key());
        assertThat(again).isEqualTo(first);
        assertThat(registrars).isEqualTo(first);
        // a later event issues a new certificate (and PDF); the first stays as issued
        Http.Response amended = http.post("/v1/registrations/" + id + "/amendments", RegistryExamples.AMEND, registrar.headers());
        assertThat(amended.status()).as(amended.body()).isEqualTo(201);
        byte[] second = pdf(id, 2, holder.key());
        assertThat(second).isNotEqualTo(first);
        assertThat(pdf(id, 1, holder.key())).isEqualTo(first);
        try (PDDocument doc = Loader.loadPDF(second)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains(certificateHash(id, 2), "amend");
        }
    }

    @Test
    void test_certificatePdf_errorPaths_sameAccessRuleAsTheCertificate() throws Exception {
        String id = register();
        // a non-party: 404 as for an unknown id (the PDF is the certificate's, which names the holders to its parties)
        assertThat(getBytes("/v1/registrations/" + id + "/certificates/1/pdf", stranger.key()).statusCode()).isEqualTo(404);
        Http.Response unknown = http.get("/v1/registrations/REG-0000-NOSUCHID/certificates/1/pdf", "X-API-KEY", holder.key());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(http.get("/v1/registrations/" + id + "/certificates/2/pdf", "X-API-KEY", holder.key()).status())
                .isEqualTo(404);
        assertThat(http.get("/v1/registrations/" + id + "/certificates/0/pdf", "X-API-KEY", holder.key()).status())
                .isEqualTo(400);
        assertThat(getBytes("/v1/registrations/" + id + "/certificates/1/pdf", null).statusCode()).isEqualTo(401);
        assertThat(getBytes("/v1/registrations/" + id + "/certificates/1/pdf", "dp_forged_0123456789abcdef").statusCode())
                .isEqualTo(401);
    }

    @Test
    void test_timeline_isPublic_showsThePublicPartOnly_eventsInOrder_withStatusAndCitations() throws Exception {
        String id = register();
        String first = certificateHash(id, 1);
        assertThat(http.post("/v1/registrations/" + id + "/amendments", RegistryExamples.AMEND, registrar.headers()).status())
                .isEqualTo(201);
        String second = certificateHash(id, 2);
        String body = Market.listing("prod-" + UUID.randomUUID(), "ENTERPRISE", "INDUSTRY", "FIXED_PRICE", "100.00", Instant.now());
        Http.Response listed = http.post("/v1/listings", "{\"registrationId\":\"" + id + "\"," + body.strip().substring(1),
                holder.headers());
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);

        Http.Response page = http.get("/registrations/" + id); // no credentials: public
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String html = page.body();
        assertThat(html).contains(id, "data-sequence=\"1\"", "data-sequence=\"2\"", first, second, Market.id(listed),
                "/v1/certificates/verification?hash=" + first);
        assertThat(html.indexOf("data-sequence=\"1\"")).isLessThan(html.indexOf("data-sequence=\"2\""));
        assertThat(html.substring(html.indexOf("data-sequence=\"1\""), html.indexOf("data-sequence=\"2\""))).contains("SUPERSEDED");
        assertThat(html.substring(html.indexOf("data-sequence=\"2\""))).contains("VALID");
        // nothing personal: no party, actor, reason or source
        assertThat(html).doesNotContain(holder.name()).doesNotContain(registrar.name())
                .doesNotContain("application A-2026-001").doesNotContain("own logistics platform");
        // cancelled: every certificate REVOKED
        assertThat(http.post("/v1/registrations/" + id + "/cancellations", RegistryExamples.CANCEL, registrar.headers()).status())
                .isEqualTo(201);
        String cancelled = http.get("/registrations/" + id).body();
        assertThat(cancelled).contains("data-sequence=\"3\"").doesNotContain(">VALID<").doesNotContain(">SUPERSEDED<");
    }

    @Test
    void test_timeline_errorPaths() {
        Http.Response unknown = http.get("/registrations/REG-0000-NOSUCHID");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(http.get("/registrations/" + "x".repeat(65)).status()).isEqualTo(400);
        String id = register();
        // public: credentials change nothing, a forged key included (as for every PUBLIC operation, AuthMatrixTest)
        String anonymous = http.get("/registrations/" + id).body();
        Http.Response withKey = http.get("/registrations/" + id, "X-API-KEY", stranger.key());
        assertThat(withKey.status()).isEqualTo(200);
        assertThat(withKey.body()).isEqualTo(anonymous);
        Http.Response forged = http.get("/registrations/" + id, "X-API-KEY", "dp_forged_0123456789abcdef");
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.body()).isEqualTo(anonymous);
        // the registrar sees no more here than anyone
        assertThat(http.get("/registrations/" + id, "X-API-KEY", registrar.key()).body()).isEqualTo(anonymous);
    }

    @Test
    void test_publicBaseUrl_mustBeAnAbsoluteHttpUrl() {
        assertThat(RegistryDocuments.publicBaseUrl(" https://r.example/app/ ")).isEqualTo("https://r.example/app");
        for (String bad : List.of("", "registry.example", "ftp://r.example", "https://r.example/?a=1", "http:///x")) {
            assertThatThrownBy(() -> RegistryDocuments.publicBaseUrl(bad)).as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("dataprice.registry.public-base-url");
        }
    }
}
