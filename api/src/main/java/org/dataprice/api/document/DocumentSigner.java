package org.dataprice.api.document;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.dataprice.api.time.ServiceClock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Signs issued documents with the firm's key: the PDF report with an embedded PAdES signature, the JSON report
 * with a detached CMS signature. Without a configured key nothing is signed ({@link #signs()} is false) and the
 * PDF renderer marks every page DRAFT instead.
 *
 * <p><b>Configuration</b> (read once at start-up; a configured key that cannot be used stops the start with an
 * {@link IllegalStateException} naming the key store and the reason, as a broken template directory does):
 * {@code dataprice.report.signing.keystore} (env {@code DATAPRICE_REPORT_SIGNING_KEYSTORE}: a PKCS#12 file; empty
 * = unsigned drafts), {@code dataprice.report.signing.password} (the store's and the key's password),
 * {@code dataprice.report.signing.alias} (the key entry; may be empty when the store holds exactly one key).
 * The key must be RSA (signed with SHA256withRSA) or EC (SHA256withECDSA): the algorithms every PDF reader and
 * {@code pdfsig} (NSS) verify. A certificate outside its validity at start-up is refused.
 *
 * <p><b>One form of signature for both documents: CMS {@code SignedData}, detached</b> (RFC 5652 §5; the
 * content is not encapsulated), SHA-256, the signer's certificate chain included, and the ESS
 * {@code signing-certificate-v2} attribute (RFC 5035) binding the certificate to the signature — the CAdES-B
 * basic signature that PAdES embeds in a PDF (ETSI EN 319 142-1, {@code /SubFilter /ETSI.CAdES.detached}).
 * <ul>
 *   <li>{@link #signPdf}: an invisible signature field added by an incremental update (PDFBox
 *       {@link PDDocument#addSignature}), so the PDF/A document above it is unchanged and the byte range covers
 *       everything but the signature itself; the signing time is the PDF's {@code /M} entry (PAdES forbids the
 *       CMS signing-time attribute), taken from the service clock; the widget has the Print flag that PDF/A
 *       requires of every annotation.</li>
 *   <li>{@link #signDetached}: over the exact bytes of the issued document — the JSON report is issued once
 *       and served byte for byte, so those bytes are its canonical form; the CMS signing-time attribute is the
 *       service clock's. Verify with {@code openssl cms -verify -binary -inform DER -in report.json.p7s
 *       -content report.json -CAfile firm-ca.pem}.</li>
 * </ul>
 * Why CMS rather than a JWS with detached payload (RFC 7515 Appendix F): the PDF signature is CMS anyway, so one
 * signer, one key and one certificate chain serve both documents, and the client verifies the JSON with the same
 * X.509 trust (and {@code openssl}) as the PDF. Why BouncyCastle ({@code bcpkix}): the JDK has no public API
 * to build CMS {@code SignedData} ({@code sun.security.pkcs} is internal); PDFBox's signing examples and
 * openhtmltopdf's users use BouncyCastle for exactly this.
 */
@Singleton
public class DocumentSigner {
    /** What the stored signature documents record as their renderer. */
    public static final String RENDERER = "DocumentSigner/cms-detached";

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String algorithm;
    private final Clock clock;

    /**
     * @param keystore {@code dataprice.report.signing.keystore}: a PKCS#12 file, or empty for unsigned drafts
     * @param password {@code dataprice.report.signing.password}
     * @param alias    {@code dataprice.report.signing.alias}, or empty for the store's only key
     * @param clock    the service clock (signing times)
     * @throws IllegalStateException when a key store is configured but cannot be used
     */
    public DocumentSigner(@Value("${dataprice.report.signing.keystore:}") String keystore,
                          @Value("${dataprice.report.signing.password:}") String password,
                          @Value("${dataprice.report.signing.alias:}") String alias, Clock clock) {
        this.clock = clock;
        if (keystore == null || keystore.isBlank()) {
            this.key = null;
            this.chain = List.of();
            this.algorithm = null;
            return;
        }
        Path path = Path.of(keystore.strip());
        String where = "dataprice.report.signing.keystore " + path;
        char[] pass = password == null ? new char[0] : password.toCharArray();
        try {
            if (!Files.isReadable(path)) {
                throw new IllegalStateException(where + ": not a readable file");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(path)) {
                store.load(in, pass);
            }
            String entry = alias(store, alias, where);
            if (!(store.getKey(entry, pass) instanceof PrivateKey k)) {
                throw new IllegalStateException(where + ": entry '" + entry + "' holds no private key");
            }
            Certificate[] certs = store.getCertificateChain(entry);
            if (certs == null || certs.length == 0) {
                throw new IllegalStateException(where + ": entry '" + entry + "' has no certificate chain");
            }
            List<X509Certificate> x509 = new ArrayList<>(certs.length);
            for (Certificate c : certs) {
                x509.add((X509Certificate) c);
            }
            x509.get(0).checkValidity(Date.from(ServiceClock.now(clock)));
            this.algorithm = switch (k.getAlgorithm()) {
                case "RSA" -> "SHA256withRSA";
                case "EC" -> "SHA256withECDSA";
                default -> throw new IllegalStateException(where + ": key algorithm " + k.getAlgorithm()
                        + " is not supported; use an RSA or EC key");
            };
            this.key = k;
            this.chain = List.copyOf(x509);
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new IllegalStateException(where + ": the signing certificate is not valid now: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(where + ": cannot be read (wrong password?): " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private static String alias(KeyStore store, String alias, String where) throws GeneralSecurityException {
        if (alias != null && !alias.isBlank()) {
            if (!store.isKeyEntry(alias.strip())) {
                throw new IllegalStateException(where + ": no key entry named '" + alias.strip() + "' (dataprice.report.signing.alias)");
            }
            return alias.strip();
        }
        List<String> keys = new ArrayList<>();
        for (String a : Collections.list(store.aliases())) {
            if (store.isKeyEntry(a)) {
                keys.add(a);
            }
        }
        if (keys.size() != 1) {
            throw new IllegalStateException(where + ": holds " + keys.size() + " keys " + keys
                    + "; name one with dataprice.report.signing.alias");
        }
        return keys.get(0);
    }

    /** @return true when a key is configured: documents are signed; false: unsigned drafts */
    public boolean signs() {
        return key != null;
    }

    /** @return the signer's certificate, empty for unsigned drafts */
    public Optional<X509Certificate> certificate() {
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(0));
    }

    /**
     * A detached CMS signature (DER) over exactly {@code content}, with the CMS signing-time attribute.
     *
     * @param content the bytes signed, e.g. an issued JSON report
     * @return the DER-encoded CMS {@code SignedData} without the content
     * @throws IllegalStateException when no key is configured
     */
    public byte[] signDetached(byte[] content) {
        return cms(content, true);
    }

    /**
     * Adds a PAdES signature to a PDF by an incremental update; the bytes before the update are unchanged.
     *
     * @param pdf    the PDF (PDF/A) to sign
     * @param reason the reason shown by readers, e.g. the report number
     * @return the signed PDF
     * @throws IllegalStateException when no key is configured
     */
    public byte[] signPdf(byte[] pdf, String reason) {
        requireKey();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(X500Name.getInstance(chain.get(0).getSubjectX500Principal().getEncoded()).toString());
            signature.setReason(reason);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(ServiceClock.now(clock).toEpochMilli());
            signature.setSignDate(when);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                doc.addSignature(signature, in -> cms(in.readAllBytes(), false), options);
                for (PDField field : doc.getDocumentCatalog().getAcroForm().getFieldTree()) {
                    if (field instanceof PDSignatureField s) {
                        for (PDAnnotationWidget w : s.getWidgets()) {
                            w.setPrinted(true);
                        }
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
                doc.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireKey() {
        if (key == null) {
            throw new IllegalStateException("no signing key is configured (dataprice.report.signing.keystore)");
        }
    }

    private byte[] cms(byte[] content, boolean signingTime) {
        requireKey();
        try {
            X509Certificate signer = chain.get(0);
            ESSCertIDv2 certId = new ESSCertIDv2(MessageDigest.getInstance("SHA-256").digest(signer.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(
                            signer.getIssuerX500Principal().getEncoded()))), signer.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{certId}))));
            Instant now = ServiceClock.now(clock);
            if (signingTime) {
                attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(now)))));
            }
            CMSAttributeTableGenerator base = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            // the default generator adds a signing time of the system clock when none is given: PAdES wants none
            CMSAttributeTableGenerator table = signingTime ? base
                    : parameters -> base.getAttributes(parameters).remove(CMSAttributes.signingTime);
            ContentSigner contentSigner = new JcaContentSignerBuilder(algorithm).build(key);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(table).build(contentSigner, signer));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("signing failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
