package org.dataprice.registry.signature;

/** What a signature check found, before any registry status is considered. */
public enum SignatureOutcome {
    /** The key is in the set and the signature over the exact bytes is valid. */
    VALID,
    /** The envelope is malformed, names another algorithm, or the signature does not verify. */
    INVALID_SIGNATURE,
    /** The key id is absent or not in the key set consulted. */
    UNKNOWN_KEY
}
