package org.dataprice.registry.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.Require;
import org.dataprice.registry.Registration;
import org.dataprice.registry.RegistrationSnapshot;
import org.dataprice.registry.RegistrationStatus;
import org.dataprice.registry.RecordedEvent;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.signature.CompactJws;
import org.dataprice.registry.signature.KeySet;
import org.dataprice.registry.signature.SignatureCheck;
import org.dataprice.registry.signature.SigningKey;

/**
 * Issues and verifies registration certificates. A certificate is the compact JWS (RFC 7515 §7.1,
 * {@code "alg":"EdDSA"}, {@code "kid"}, {@code "typ":"dataprice.registration-certificate"}) of a
 * {@link CertificatePayload}; its hash is the SHA-256 of that compact text.
 *
 * <p><b>Verification</b>, in order:
 * <ol>
 *   <li>with the published key set alone ({@link #check}): the envelope, {@code alg}, {@code typ} and
 *       signature ({@link CompactJws#verify}) → {@link CertificateStatus#INVALID_SIGNATURE} or
 *       {@link CertificateStatus#UNKNOWN_KEY}; a payload that does not parse, or an {@code issuedAt} outside
 *       the signing key's validity period → INVALID_SIGNATURE; else VALID;</li>
 *   <li>against the registry's history ({@link #verify}): a certificate of another registration is refused
 *       as an input error; a statement whose sequence number is not in the history, or whose hash differs from
 *       the history's event at that sequence → INVALID_SIGNATURE (the registry never certified it); the
 *       registration cancelled → {@link CertificateStatus#REVOKED}; a later event exists →
 *       {@link CertificateStatus#SUPERSEDED}; else VALID.</li>
 * </ol>
 * Rotation: a key retired after the issue keeps verifying what it signed while in service. Any changed
 * byte of the compact text fails step 1. Stateless and thread-safe.
 */
public final class RegistrationCertificates {
    private RegistrationCertificates() {
    }

    /**
     * Issues the certificate of a registration's current state.
     *
     * @param registration the registration; not null
     * @param issuer       the issuing registry's id
     * @param issuedAt     the signing time; not before the last event, and the key in service then
     * @param key          the registry's signing key
     * @return the compact JWS
     */
    public static String issue(Registration registration, String issuer, Instant issuedAt, SigningKey key) {
        Require.notNull(registration, "registration");
        CertificatePayload payload = new CertificatePayload(issuer, issuedAt, RegistrationSnapshot.of(registration));
        return CompactJws.sign(key, CertificatePayload.FORMAT, payload.toJson(), issuedAt);
    }

    /**
     * @param certificate the compact JWS text; not null
     * @return the lower-case hex SHA-256 of its UTF-8 bytes (ASCII for a well-formed compact JWS)
     */
    public static String hash(String certificate) {
        return CanonicalJson.sha256Hex(Require.notNull(certificate, "certificate").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Step 1: checks a certificate with the published key set only (what a bank or another exchange can do
     * offline).
     *
     * @param certificate the compact JWS text as received
     * @param keys        the registry's published key set
     * @return VALID, INVALID_SIGNATURE or UNKNOWN_KEY, with the statement when the signature is good
     */
    public static CertificateVerification check(String certificate, KeySet keys) {
        String hash = hash(certificate);
        SignatureCheck signature = CompactJws.verify(certificate, keys, CertificatePayload.FORMAT);
        if (!signature.valid()) {
            CertificateStatus status = switch (signature.outcome()) {
                case UNKNOWN_KEY -> CertificateStatus.UNKNOWN_KEY;
                default -> CertificateStatus.INVALID_SIGNATURE;
            };
            return new CertificateVerification(status, signature.reason(), hash, null);
        }
        CertificatePayload payload;
        try {
            payload = CertificatePayload.parse(signature.payload());
        } catch (DatapriceException e) {
            return new CertificateVerification(CertificateStatus.INVALID_SIGNATURE, "signed, but not a certificate: "
                    + e.getMessage(), hash, null);
        }
        if (!signature.key().inServiceAt(payload.issuedAt())) {
            return new CertificateVerification(CertificateStatus.INVALID_SIGNATURE, "key " + signature.key().kid()
                    + " was not in service at the stated issue time " + payload.issuedAt(), hash, null);
        }
        return new CertificateVerification(CertificateStatus.VALID, signature.reason(), hash, payload);
    }

    /**
     * Steps 1 and 2: the status of a certificate given the registry's history of its registration.
     *
     * @param certificate  the compact JWS text as received
     * @param keys         the registry's published key set
     * @param registration the history of the registration the certificate names (found by the caller from
     *                     {@link #check}'s statement); its id must match
     * @return the status
     */
    public static CertificateVerification verify(String certificate, KeySet keys, Registration registration) {
        Require.notNull(registration, "registration");
        CertificateVerification signed = check(certificate, keys);
        if (signed.payload() == null) {
            return signed;
        }
        var stated = signed.payload().registration().state();
        Require.that(stated.registrationId().equals(registration.id()), "registration", registration.id(),
                org.dataprice.error.Rule.UNKNOWN, "[" + stated.registrationId() + "], the registration the certificate names");
        long sequence = stated.sequence();
        if (sequence > registration.events().size()
                || !registration.events().get((int) sequence - 1).hash().equals(stated.headHash())) {
            return new CertificateVerification(CertificateStatus.INVALID_SIGNATURE,
                    "event " + sequence + " with hash " + stated.headHash() + " is not in the registry's history", signed.hash(),
                    null);
        }
        RecordedEvent head = registration.head();
        if (registration.state().status() == RegistrationStatus.CANCELLED) {
            return new CertificateVerification(CertificateStatus.REVOKED, "registration " + registration.id()
                    + " was cancelled at " + head.at() + " (event " + head.sequence() + ")", signed.hash(), signed.payload());
        }
        if (head.sequence() > sequence) {
            return new CertificateVerification(CertificateStatus.SUPERSEDED, "event " + sequence + " is superseded by event "
                    + head.sequence() + " (" + head.event().type() + " at " + head.at() + ")", signed.hash(), signed.payload());
        }
        return new CertificateVerification(CertificateStatus.VALID, signed.reason() + "; the latest statement of "
                + registration.id(), signed.hash(), signed.payload());
    }
}
