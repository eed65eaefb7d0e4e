package org.dataprice.registry.certificate;

import java.util.Optional;
import org.dataprice.error.Require;

/**
 * The answer of {@link RegistrationCertificates#verify}: the status, the reason in words, the certificate's
 * hash (the key a verification page or a QR code names) and, when the signature is good, what it states.
 *
 * @param status  the status; not null
 * @param reason  why, for people; not null
 * @param hash    the lower-case hex SHA-256 of the certificate's compact text as received; not null
 * @param payload what the certificate states, null when the signature is not good
 */
public record CertificateVerification(CertificateStatus status, String reason, String hash, CertificatePayload payload) {
    /** Checks the components. */
    public CertificateVerification {
        Require.notNull(status, "status");
        Require.notNull(reason, "reason");
        Require.notNull(hash, "hash");
    }

    /** @return what the certificate states, empty when its signature is not good */
    public Optional<CertificatePayload> statement() {
        return Optional.ofNullable(payload);
    }
}
