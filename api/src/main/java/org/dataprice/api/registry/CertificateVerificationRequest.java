package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A certificate to verify, as its holder received it.
 *
 * @param certificate the compact JWS, at most 1 MiB of text
 */
@Serdeable
public record CertificateVerificationRequest(@NotNull @Size(max = 1_048_576) String certificate) {
}
