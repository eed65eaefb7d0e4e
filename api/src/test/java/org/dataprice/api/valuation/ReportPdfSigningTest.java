package org.dataprice.api.valuation;

import io.micronaut.json.JsonMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.dataprice.api.document.DocumentSigner;
import org.dataprice.api.document.PdfChecks;
import org.dataprice.api.document.TestSigningKeys;
import org.dataprice.appraisal.Appraisal;
import org.dataprice.appraisal.ValuationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issued PDF, signed and unsigned ({@link ReportPdfRenderer} with {@link DocumentSigner}): PDF/A-2b essentials
 * checked with PDFBox (veraPDF is not on the build machine): the sRGB output intent, the XMP packet with
 * {@code pdfaid:part 2 / conformance B}, title, report number and creator tool equal to the document information,
 * every font embedded (also by {@code pdffonts}), no transparency group, every annotation printable; the PAdES
 * signature verified at the CMS level over its byte range (always) and by {@code pdfsig}; a changed byte breaks
 * it; an unsigned report says DRAFT on every page and a signed one on none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPdfSigningTest {
    Path dir;

    String html;
    byte[] signed;
    byte[] draft;
    ReportPdfRenderer signing;

    @BeforeAll
    void render() throws Exception {
        dir = Files.createTempDirectory(Path.of("target"), "pdf-signing");
        JsonMapper json = JsonMapper.createDefault();
        ValuationReport report = Appraisal.DEFAULT.run(ValuationMapper.toModel(json.readValue(ValuationFixtures.engagement("DP-SIGN-1",
                ValuationFixtures.INCOME_NEGATIVE_COST_SAVING), ValuationRequest.class)));
        html = new ReportTemplates("", "Asia/Shanghai").render(report, Instant.parse("2025-01-15T02:00:00Z"), false);
        Path store = TestSigningKeys.rsa(dir.resolve("firm.p12"));
        signing = new ReportPdfRenderer("", new DocumentSigner(store.toString(), TestSigningKeys.PASSWORD, "firm",
                ReportPdfRendererTest.CLOCK), ReportPdfRendererTest.CLOCK);
        signed = signing.render(html);
        draft = new ReportPdfRenderer("", new DocumentSigner("", "", "", ReportPdfRendererTest.CLOCK), ReportPdfRendererTest.CLOCK)
                .render(html);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "valuation-report-signed.pdf"), signed);
        Files.write(Path.of("target", "valuation-report-draft.pdf"), draft);
    }

    @Test
    void test_signed_cmsVerifiesOverTheByteRange_andAChangedByteBreaksIt() throws Exception {
        assertThat(PdfChecks.verifiesPdf(signed)).isTrue();
        byte[] tampered = signed.clone();
        int at = indexOf(tampered, "DP-SIGN-1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        if (at < 0) {
            at = tampered.length / 3;   // the report number is in a compressed stream: change any byte of the range
        }
        tampered[at] ^= 0x01;
        assertThat(PdfChecks.verifiesPdf(tampered)).isFalse();
        assertThat(signing.renderer()).endsWith("/PDF-A-2b/signed").contains("openhtmltopdf-1.1.31");
    }

    @Test
    void test_signed_pdfsigSaysValid_andInvalidWhenTampered() throws Exception {
        PdfChecks.Result ok = PdfChecks.poppler("pdfsig", signed, dir);
        assertThat(ok.output()).contains("Signature is Valid").contains("Test Appraisal Firm firm").contains("ETSI.CAdES.detached");
        byte[] tampered = signed.clone();
        tampered[tampered.length / 3] ^= 0x01;
        PdfChecks.Result bad = PdfChecks.poppler("pdfsig", tampered, dir);
        assertThat(bad.output()).doesNotContain("Signature is Valid");
    }

    @Test
    void test_draft_everyPageSaysDraft_signedNone() throws Exception {
        List<String> pages = PdfChecks.pageTexts(draft);
        assertThat(pages.size()).isGreaterThan(3);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page " + (i + 1)).contains("DRAFT");
        }
        for (String page : PdfChecks.pageTexts(signed)) {
            assertThat(page).doesNotContain("DRAFT");
        }
        try (PDDocument doc = Loader.loadPDF(draft)) {
            assertThat(doc.getSignatureDictionaries()).isEmpty();
        }
    }

    @Test
    void test_pdfA2b_essentials_signedAndDraft() throws Exception {
        for (byte[] pdf : List.of(signed, draft)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
                assertThat(intents).hasSize(1);
                assertThat(intents.get(0).getCOSObject().getCOSName(COSName.S)).isEqualTo(COSName.getPDFName("GTS_PDFA1"));
                byte[] profile;
                try (java.io.InputStream in = intents.get(0).getDestOutputIntent().createInputStream()) {
                    profile = in.readAllBytes();
                }
                assertThat(Arrays.equals(profile, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())).as("sRGB profile").isTrue();

                XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
                PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
                assertThat(id.getPart()).isEqualTo(2);
                assertThat(id.getConformance()).isEqualTo("B");
                PDDocumentInformation info = doc.getDocumentInformation();
                assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(info.getTitle()).contains("DP-SIGN-1");
                assertThat(xmp.getDublinCoreSchema().getIdentifier()).isEqualTo("DP-SIGN-1");
                assertThat(xmp.getAdobePDFSchema().getKeywords()).isEqualTo(info.getKeywords()).isEqualTo("DP-SIGN-1");
                assertThat(xmp.getXMPBasicSchema().getCreatorTool()).isEqualTo(info.getCreator())
                        .isEqualTo(ReportPdfRenderer.CREATOR_TOOL).contains("openhtmltopdf 1.1.31", "PDFBox 3.");
                assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(info.getProducer());
                assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(info.getCreationDate().toInstant())
                        .isEqualTo(Instant.parse("2025-01-15T02:00:00Z"));
                for (PDPage page : doc.getPages()) {
                    assertThat(page.getCOSObject().getDictionaryObject(COSName.GROUP)).as("page transparency group").isNull();
                    for (PDAnnotation a : page.getAnnotations()) {
                        assertThat(a.isPrinted()).as("PDF/A: every annotation printable").isTrue();
                        assertThat(a.isHidden() || a.isInvisible() || a.isNoView()).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void test_pdffonts_everyFontEmbedded() throws Exception {
        for (byte[] pdf : List.of(signed, draft)) {
            PdfChecks.Result fonts = PdfChecks.poppler("pdffonts", pdf, dir);
            assertThat(fonts.exitCode()).as(fonts.output()).isZero();
            List<String> rows = fonts.output().lines().skip(2).filter(l -> !l.isBlank()).toList();
            assertThat(rows).as(fonts.output()).isNotEmpty();
            for (String row : rows) {
                // columns: name type encoding emb sub uni object-id; "emb" is the 4th from the end
                String[] cells = row.trim().split("\\s+");
                assertThat(cells[cells.length - 5]).as(row).isEqualTo("yes");
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
