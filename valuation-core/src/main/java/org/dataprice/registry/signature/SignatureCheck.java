package org.dataprice.registry.signature;

import java.util.Optional;
import org.dataprice.error.Require;

/**
 * The result of {@link CompactJws#verify}: the outcome, the reason in words, and — only when
 * {@link SignatureOutcome#VALID} — the key that signed and the verified payload bytes.
 *
 * @param outcome the outcome; not null
 * @param reason  why, for people (e.g. {@code "the signature does not verify with key …"}); not null
 * @param key     the signing key when valid, else null
 * @param payload the signed payload bytes when valid, else null
 */
public record SignatureCheck(SignatureOutcome outcome, String reason, PublishedKey key, byte[] payload) {
    /** Checks the components: a key and payload exactly when valid. */
    public SignatureCheck {
        Require.notNull(outcome, "outcome");
        Require.notNull(reason, "reason");
        Require.that((outcome == SignatureOutcome.VALID) == (key != null && payload != null), "key", key,
                org.dataprice.error.Rule.INVALID_STATE, "a key and payload go with a valid signature only");
        payload = payload == null ? null : payload.clone();
    }

    static SignatureCheck failed(SignatureOutcome outcome, String reason) {
        return new SignatureCheck(outcome, reason, null, null);
    }

    /** @return whether the signature is valid */
    public boolean valid() {
        return outcome == SignatureOutcome.VALID;
    }

    /** @return the signing key, empty unless valid */
    public Optional<PublishedKey> signer() {
        return Optional.ofNullable(key);
    }

    /** @return a copy of the verified payload bytes; only when valid */
    @Override
    public byte[] payload() {
        return payload == null ? null : payload.clone();
    }
}
