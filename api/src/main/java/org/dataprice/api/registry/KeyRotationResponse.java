package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A rotation of the registry's signing key, as recorded.
 *
 * @param kid       the new key's id (RFC 7638 thumbprint); it signs every certificate from {@code validFrom} on
 * @param x         the new public key, base64url (also published in {@code GET /.well-known/jwks.json})
 * @param validFrom the rotation instant
 * @param retired   the ids of the keys retired at {@code validFrom}; they stay published and keep verifying what they
 *                  signed before
 * @param sequence  the rotation's number (1, 2, ...)
 */
@Serdeable
public record KeyRotationResponse(String kid, String x, Instant validFrom, List<String> retired, long sequence) {
}
