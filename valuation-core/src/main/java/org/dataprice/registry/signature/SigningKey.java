package org.dataprice.registry.signature;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;
import org.dataprice.error.Require;

/**
 * A registry's private signing key with its published half. Held by the signer only; its
 * {@link #published()} part goes into the {@link KeySet}. {@link #toString()} never shows the private key.
 *
 * @param privateKey the Ed25519 private key; not null
 * @param published  the public key as published, with its id and validity; not null
 */
public record SigningKey(PrivateKey privateKey, PublishedKey published) {
    /** Checks the components. */
    public SigningKey {
        Require.notNull(privateKey, "privateKey");
        Require.notNull(published, "published");
    }

    /**
     * @param pair      an Ed25519 key pair; not null
     * @param validFrom the first instant the key signs
     * @return the signing key, in service from {@code validFrom}, its id the RFC 7638 thumbprint
     */
    public static SigningKey of(KeyPair pair, Instant validFrom) {
        return new SigningKey(pair.getPrivate(), PublishedKey.of(pair.getPublic(), validFrom));
    }

    /** @return the key id */
    public String kid() {
        return published.kid();
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + published.kid() + "]";
    }
}
