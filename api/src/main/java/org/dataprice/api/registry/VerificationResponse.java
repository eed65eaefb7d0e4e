package org.dataprice.api.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.registry.certificate.CertificateStatus;

import java.time.Instant;

/**
 * The answer of the public certificate check (核验): the status against the registry's history and why. It names
 * the registration and the event certified, never a party.
 *
 * @param status         VALID, REVOKED, SUPERSEDED, INVALID_SIGNATURE or UNKNOWN_KEY
 * @param reason         why, e.g. "event 1 is superseded by event 2 (transfer at ...)"
 * @param hash           hex SHA-256 of the certificate
 * @param registrationId the registration it states (when the signature holds)
 * @param sequence       the event it certifies (when the signature holds)
 * @param issuedAt       when it was issued (when the signature holds)
 * @param issuer         the issuing registry (when the signature holds)
 */
@Serdeable
public record VerificationResponse(CertificateStatus status, String reason, String hash, @Nullable String registrationId,
                                   @Nullable Long sequence, @Nullable Instant issuedAt, @Nullable String issuer) {
}
