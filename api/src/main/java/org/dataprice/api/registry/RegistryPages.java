package org.dataprice.api.registry;

import jakarta.inject.Singleton;
import org.dataprice.api.template.TemplateEngines;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;

import java.util.List;
import java.util.Locale;

/**
 * Lays out the registry's human-readable documents with Thymeleaf ({@link TemplateEngines}, templates bundled in
 * {@code classpath:registry/templates/}): {@code certificate.html} (XML mode: the XHTML a
 * {@link org.dataprice.api.valuation.ReportPdfRenderer} turns into the certificate's PDF/A, with the QR code of the
 * verification URL as inline SVG) and {@code timeline.html} (HTML mode: the public per-asset timeline page). Both take
 * only the public part of a registration (no party, no source, no reason, no actor: nothing personal), so a template can
 * not publish what the model does not hold. Thread-safe (Thymeleaf's engine is).
 */
@Singleton
public class RegistryPages {
    /** Classpath folder of the bundled templates. */
    public static final String BUNDLED = "registry/templates/";

    private final TemplateEngine xml = TemplateEngines.create(null, BUNDLED, TemplateMode.XML);
    private final TemplateEngine html = TemplateEngines.create(null, BUNDLED, TemplateMode.HTML);

    /**
     * One right on a certificate: how many hold it and their shares, never who.
     *
     * @param zh      its Chinese name
     * @param en      its English name
     * @param holders how many parties hold it
     * @param shares  their shares, e.g. {@code 0.75 + 0.25}
     */
    public record RightLine(String zh, String en, int holders, String shares) {
    }

    /**
     * What a certificate PDF shows: the certificate's statement (public part) and how to verify it.
     *
     * @param registrationId  the registration
     * @param sequence        the event certified
     * @param event           the event's type (register, amend, transfer, ...)
     * @param status          the registration's status after the event
     * @param name            the asset's name
     * @param description     its description
     * @param classification  its classification
     * @param grade           its data grade
     * @param rights          the three rights, without holders' names
     * @param at              the event's time (ISO-8601, UTC)
     * @param issuedAt        the certificate's issue time (ISO-8601, UTC)
     * @param issuer          the issuing registry
     * @param keyId           the signing key's id (in {@code /.well-known/jwks.json})
     * @param hash            hex SHA-256 of the certificate (the compact JWS)
     * @param headHash        the event's hash in the registration's chain
     * @param verificationUrl the public verification URL (what the QR code encodes)
     * @param qr              the QR code of {@code verificationUrl}
     */
    public record CertificateView(String registrationId, long sequence, String event, String status, String name,
                                  String description, String classification, String grade, List<RightLine> rights,
                                  String at, String issuedAt, String issuer, String keyId, String hash, String headHash,
                                  String verificationUrl, QrCodes.QrCode qr) {
    }

    /**
     * One event on the timeline.
     *
     * @param sequence        1, 2, ...
     * @param type            register, amend, transfer, license, suspend, reinstate or cancel
     * @param at              when (ISO-8601, UTC)
     * @param hash            the event's hash
     * @param certificateHash the hash of the certificate issued for it
     * @param verificationUrl its public verification
     * @param status          the certificate's status now: VALID, SUPERSEDED or REVOKED
     */
    public record EventLine(long sequence, String type, String at, String hash, String certificateHash,
                            String verificationUrl, String status) {
    }

    /**
     * One record citing the registration.
     *
     * @param kind listing, deal, settlement, valuation, or index-product (an index product bound to the registration:
     *             every transaction of it in that index cites the registration)
     * @param id   its id ({@code <indexId>/<productId>} for an index product)
     * @param at   when it cited the registration (ISO-8601, UTC)
     */
    public record CitationLine(String kind, String id, String at) {
    }

    /**
     * The public timeline of one registration.
     *
     * @param registrationId the registration
     * @param status         its status now
     * @param name           the asset's name
     * @param description    its description
     * @param classification its classification
     * @param grade          its grade
     * @param sequence       the last event's number
     * @param headHash       the last event's hash
     * @param events         every event, oldest first
     * @param citations      the records citing it, oldest first
     */
    public record TimelineView(String registrationId, String status, String name, String description,
                               String classification, String grade, long sequence, String headHash,
                               List<EventLine> events, List<CitationLine> citations) {
    }

    /**
     * @param c the certificate
     * @return the XHTML document of its PDF
     */
    public String certificate(CertificateView c) {
        return render(xml, "certificate", c);
    }

    /**
     * @param t the registration's timeline
     * @return the HTML page
     */
    public String timeline(TimelineView t) {
        return render(html, "timeline", t);
    }

    private static String render(TemplateEngine engine, String template, Object model) {
        Context context = new Context(Locale.ROOT);
        context.setVariable("m", model);
        try {
            return engine.process(template, context);
        } catch (TemplateEngineException e) {
            throw new IllegalStateException("the registry template " + template + " does not render: " + e.getMessage(), e);
        }
    }
}
