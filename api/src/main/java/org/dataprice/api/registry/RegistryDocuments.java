package org.dataprice.api.registry;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.annotation.Context;
import org.dataprice.api.document.DocumentFormat;
import org.dataprice.api.document.IssuedDocument;
import org.dataprice.api.document.IssuedDocuments;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.api.valuation.ReportPdfRenderer;
import org.dataprice.explain.LibraryVersion;
import org.dataprice.registry.RecordedEvent;
import org.dataprice.registry.Registration;
import org.dataprice.registry.RegistrationState;
import org.dataprice.registry.RightKind;
import org.dataprice.registry.Share;
import org.dataprice.registry.certificate.CertificatePayload;
import org.dataprice.registry.certificate.CertificateVerification;
import org.dataprice.registry.certificate.RegistrationCertificates;
import org.dataprice.registry.signature.CompactJws;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The registry's human-readable documents: the PDF of each certificate and the public timeline page of a registration.
 *
 * <p><b>Certificate PDF</b> ({@link #pdf}): laid out from the stored certificate (the compact JWS, checked with the
 * published key set) by {@link RegistryPages#certificate} and the one PDF pipeline ({@link ReportPdfRenderer}: PDF/A-2b,
 * fonts embedded, PAdES-signed when a document key is configured, else marked DRAFT). Rendered once, when first asked
 * for, and stored through {@link IssuedDocuments#issueOnce} (subject kind {@value #CERTIFICATE_PDF}, revision = the
 * event's sequence, input hash = the certificate's hash): every later GET answers the stored bytes. Same access rule as
 * the certificate ({@link RegistrationService#certificate}: the REGISTRAR and the parties, 404 for anyone else). It shows
 * the certificate's public part — the holders of each right are counted with their shares, never named — and a QR code
 * of {@code <dataprice.registry.public-base-url>/v1/certificates/verification?hash=<certificate hash>}.
 *
 * <p><b>Timeline</b> ({@link #timeline}): the registration's public part, every event oldest first with its
 * certificate's hash, verification link and current status (the core's {@link RegistrationCertificates#verify} of the
 * stored certificate), and the records citing it. Nothing personal: no party, actor, reason or source.
 *
 * <p>Created at start-up ({@link Context}): a malformed {@code dataprice.registry.public-base-url} stops the start with
 * the reason, never a request.
 */
@Context
public class RegistryDocuments {
    /** The issued documents' subject kind of certificate PDFs (a kind of its own: a JWS hash never finds a PDF). */
    public static final String CERTIFICATE_PDF = "registration-certificate-pdf";

    private final RegistrationService registry;
    private final RegistryCitations citations;
    private final IndexBindingService indexBindings;
    private final IssuedDocuments documents;
    private final ReportPdfRenderer renderer;
    private final RegistryPages pages;
    private final RegistryKeys keys;
    private final Transactions tx;
    private final Clock clock;
    private final String baseUrl;

    /**
     * @param registry  the registry
     * @param citations the records citing registrations
     * @param documents the issued documents
     * @param renderer  the PDF pipeline
     * @param pages     the templates
     * @param keys      the registry's keys (the published set checks each certificate before it is laid out)
     * @param tx        transactions
     * @param clock     the service clock
     * @param baseUrl   {@code dataprice.registry.public-base-url}: the absolute http(s) URL third parties reach the
     *                  service at, without a trailing slash (the QR code's link starts with it)
     * @param indexBindings the index products bound to registrations (listed on the timeline after the records)
     * @throws IllegalStateException when the base URL is not an absolute http(s) URL
     */
    public RegistryDocuments(RegistrationService registry, RegistryCitations citations, IssuedDocuments documents,
                             ReportPdfRenderer renderer, RegistryPages pages, RegistryKeys keys, Transactions tx, Clock clock,
                             @Value("${dataprice.registry.public-base-url:`http://localhost:8080`}") String baseUrl,
                             IndexBindingService indexBindings) {
        this.indexBindings = indexBindings;
        this.registry = registry;
        this.citations = citations;
        this.documents = documents;
        this.renderer = renderer;
        this.pages = pages;
        this.keys = keys;
        this.tx = tx;
        this.clock = clock;
        this.baseUrl = publicBaseUrl(baseUrl);
    }

    static String publicBaseUrl(String configured) {
        String url = configured == null ? "" : configured.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalStateException("dataprice.registry.public-base-url [" + configured
                    + "] must be an absolute http(s) URL such as https://registry.exchange.example");
        }
        return url;
    }

    /**
     * @param hash a certificate's hash
     * @return the absolute public verification URL of it (what the QR code encodes)
     */
    public String verificationUrl(String hash) {
        return baseUrl + "/v1/certificates/verification?hash=" + hash;
    }

    /**
     * The PDF of a certificate: the stored one, or rendered and stored now when first asked for.
     *
     * @param id       a registration
     * @param sequence one of its events
     * @param caller   the REGISTRAR or a party (else 404, as for an unknown id)
     * @return the PDF as issued
     */
    public IssuedDocument pdf(String id, long sequence, RegistrationService.Caller caller) {
        IssuedDocument jws = registry.certificate(id, sequence, caller);
        Optional<IssuedDocument> stored = tx.read(() -> documents.find(CERTIFICATE_PDF, id, (int) sequence, DocumentFormat.PDF));
        if (stored.isPresent()) {
            return stored.get();
        }
        Registration r = registry.load(id);
        String certificate = new String(jws.content(), StandardCharsets.US_ASCII);
        CertificateVerification checked = RegistrationCertificates.check(certificate, keys.published());
        CertificatePayload payload = checked.statement().orElseThrow(() -> new IllegalStateException("the stored certificate "
                + sequence + " of registration " + id + " fails its check with the published key set: " + checked.reason()));
        RegistrationState s = payload.registration().state();
        String url = verificationUrl(jws.sha256());
        RegistryPages.CertificateView view = new RegistryPages.CertificateView(s.registrationId(), s.sequence(),
                r.events().get((int) sequence - 1).event().type(), s.status().name(), s.asset().name(), s.asset().description(),
                s.asset().classification().name(), s.asset().grade().name(), rights(s), s.at().toString(),
                payload.issuedAt().toString(), payload.issuer(), CompactJws.unverifiedKid(certificate).orElse(""), jws.sha256(),
                s.headHash(), url, QrCodes.of(url));
        byte[] pdf = renderer.render(pages.certificate(view));
        return documents.issueOnce(new IssuedDocuments.Issue(CERTIFICATE_PDF, id, (int) sequence, LibraryVersion.VERSION,
                jws.sha256(), "PDF of certificate " + sequence + " of " + id, ServiceClock.now(clock), caller.name()),
                new IssuedDocuments.Rendering(DocumentFormat.PDF, pdf, rendererName()));
    }

    private String rendererName() {
        String r = renderer.renderer();
        return "CertificatePdf/1/" + r.substring(r.indexOf('/') + 1);
    }

    private static List<RegistryPages.RightLine> rights(RegistrationState s) {
        List<RegistryPages.RightLine> out = new ArrayList<>(3);
        for (RightKind kind : RightKind.values()) {
            List<Share> holders = s.rights().of(kind);
            String shares = holders.stream().map(h -> h.fraction().stripTrailingZeros().toPlainString())
                    .collect(Collectors.joining(" + "));
            out.add(switch (kind) {
                case RESOURCE_HOLDING -> new RegistryPages.RightLine("数据资源持有权", "Data resource holding", holders.size(), shares);
                case PROCESSING_USE -> new RegistryPages.RightLine("数据加工使用权", "Data processing and use", holders.size(), shares);
                case PRODUCT_OPERATION -> new RegistryPages.RightLine("数据产品经营权", "Data product operation", holders.size(), shares);
            });
        }
        return out;
    }

    /**
     * @param id a registration
     * @return its public timeline page (404 when unknown)
     */
    public String timeline(String id) {
        RegistryPages.TimelineView view = tx.read(() -> {
            Registration r = registry.load(id);
            RegistrationState s = r.state();
            List<RegistryPages.EventLine> events = new ArrayList<>(r.events().size());
            for (RecordedEvent e : r.events()) {
                IssuedDocument jws = documents.find(RegistrationService.CERTIFICATE, id, (int) e.sequence(), DocumentFormat.JWS)
                        .orElseThrow(() -> new IllegalStateException("no certificate stored for event " + e.sequence() + " of " + id));
                CertificateVerification v = RegistrationCertificates.verify(new String(jws.content(), StandardCharsets.US_ASCII),
                        keys.published(), r);
                events.add(new RegistryPages.EventLine(e.sequence(), e.event().type(), e.at().toString(), e.hash(), jws.sha256(),
                        "/v1/certificates/verification?hash=" + jws.sha256(), v.status().name()));
            }
            List<RegistryPages.CitationLine> cited = new ArrayList<>(citations.citing(id).stream()
                    .map(c -> new RegistryPages.CitationLine(c.subjectKind(), c.subjectId(), c.citedAt().toString())).toList());
            indexBindings.citations(id).forEach(c -> cited.add(new RegistryPages.CitationLine(c.kind(), c.subjectId(),
                    c.citedAt().toString())));
            return new RegistryPages.TimelineView(s.registrationId(), s.status().name(), s.asset().name(), s.asset().description(),
                    s.asset().classification().name(), s.asset().grade().name(), s.sequence(), s.headHash(), events, cited);
        });
        return pages.timeline(view);
    }
}
