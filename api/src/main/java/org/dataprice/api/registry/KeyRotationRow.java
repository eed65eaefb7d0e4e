package org.dataprice.api.registry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A rotation of the registry's signing key (table {@code registry_key_rotation}, V68), inserted once, never changed.
 *
 * @param id        the new key's id (RFC 7638 thumbprint)
 * @param sequence  1, 2, ... in rotation order
 * @param x         the new public key, base64url
 * @param sealedD   its private seed sealed with the key-encryption key ({@link RegistryKeyVault})
 * @param validFrom the rotation instant: the new key signs from then on, the keys in service before are retired then
 * @param reason    why
 * @param rotatedBy the ADMIN principal
 */
@MappedEntity("registry_key_rotation")
public record KeyRotationRow(@Id String id, long sequence, String x, @MappedProperty("sealed_d") String sealedD,
                             @MappedProperty("valid_from") Instant validFrom, String reason,
                             @MappedProperty("rotated_by") String rotatedBy) {
}
