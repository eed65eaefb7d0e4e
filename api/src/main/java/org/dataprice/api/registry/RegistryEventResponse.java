package org.dataprice.api.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/**
 * One event of a registration's history. Everyone sees the chain ({@code sequence}, {@code type}, {@code at},
 * {@code hash}, {@code previousHash}); the FULL view adds who recorded it, why, and the event's content — the
 * exact members the hash covers: {@code hash = hex(SHA-256(JCS(body)))} with the body
 * {@code {registrationId, sequence, actor, at, reason, type, event, previousHash}} (docs/registry.md).
 *
 * @param sequence     1, 2, ...
 * @param type         register, amend, transfer, license, suspend, reinstate or cancel
 * @param at           when
 * @param hash         the event's hash
 * @param previousHash the previous event's hash (64 zeros for the first)
 * @param actor        who recorded it (FULL only)
 * @param reason       why (FULL only)
 * @param event        the event's content (FULL only)
 * @param certificate  the certificate issued for it
 */
@Serdeable
public record RegistryEventResponse(long sequence, String type, Instant at, String hash, String previousHash,
                                    @Nullable String actor, @Nullable String reason, @Nullable Map<String, Object> event,
                                    RegistrationResponse.CertificateLink certificate) {
}
