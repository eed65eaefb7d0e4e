package org.dataprice.api.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks of issued PDFs and signatures shared by the tests: CMS verification with BouncyCastle (always), and the
 * poppler tools {@code pdfsig} and {@code pdffonts} (Debian {@code poppler-utils}, installed by
 * {@code .ci/pdftools.sh}) — skipped on a developer machine without them, FAILING when {@code CI=true}.
 */
public final class PdfChecks {
    private PdfChecks() {
    }

    /**
     * Verifies a detached CMS signature over {@code content}.
     *
     * @param content   the signed bytes
     * @param signature the DER CMS SignedData
     * @return whether the one signer's signature verifies with the certificate it carries
     */
    public static boolean verifiesDetached(byte[] content, byte[] signature) throws Exception {
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(content), contentInfo(signature));
        assertThat(cms.isDetachedSignature()).as("detached").isTrue();
        List<SignerInformation> signers = new ArrayList<>(cms.getSignerInfos().getSigners());
        assertThat(signers).hasSize(1);
        SignerInformation signer = signers.get(0);
        assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                .as("ESS signing-certificate-v2").isNotNull();
        @SuppressWarnings("unchecked")
        X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
            return false;
        }
    }

    /**
     * The one signature of a PDF, checked at the PDFBox level: the byte range covers the whole file but the
     * signature's hex string, the sub-filter is PAdES, the CMS carries no signing-time (PAdES), and the CMS
     * signature verifies over the byte range.
     *
     * @param pdf the signed PDF
     * @return whether the CMS signature verifies over the byte range
     */
    public static boolean verifiesPdf(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature s = signatures.get(0);
            assertThat(s.getSubFilter()).isEqualTo(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName());
            int[] range = s.getByteRange();
            assertThat(range[0]).isZero();
            assertThat((long) range[2] + range[3]).as("the byte range ends at the end of the file").isEqualTo(pdf.length);
            assertThat(pdf[range[1]]).isEqualTo((byte) '<');
            assertThat(pdf[range[2] - 1]).isEqualTo((byte) '>');
            byte[] cms = s.getContents(pdf);
            CMSSignedData data = new CMSSignedData(contentInfo(cms));
            SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).as("PAdES: no CMS signing-time").isNull();
            return verifiesDetached(s.getSignedContent(pdf), cms);
        }
    }

    /** The first DER object: a PDF's /Contents is the CMS padded with zeros to the reserved size. */
    private static ContentInfo contentInfo(byte[] der) throws java.io.IOException {
        try (ASN1InputStream in = new ASN1InputStream(der)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    /**
     * @param pdf a PDF
     * @return the text of each page, in order
     */
    public static List<String> pageTexts(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                out.add(stripper.getText(doc));
            }
        }
        return out;
    }

    /**
     * Runs a poppler tool on a PDF, or skips (FAILS when {@code CI=true}) when the tool is not installed.
     *
     * @param tool e.g. {@code pdfsig}
     * @param pdf  the PDF
     * @return the tool's exit code and its standard output and error
     */
    public static Result poppler(String tool, byte[] pdf, Path dir) throws Exception {
        Path exe = Path.of("/usr/bin", tool);
        if (!Files.isExecutable(exe)) {
            String message = exe + " not found: install Debian package poppler-utils (.ci/pdftools.sh)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + "; CI=true requires it");
            }
            Assumptions.abort(message + "; check skipped");
        }
        Path file = Files.write(Files.createTempFile(dir, "report", ".pdf"), pdf);
        Process p = new ProcessBuilder(exe.toString(), file.toString()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assertions.fail(tool + " did not finish within 60 s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /**
     * @param exitCode the tool's exit code
     * @param output   its output
     */
    public record Result(int exitCode, String output) {
    }
}
