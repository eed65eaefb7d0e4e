package org.dataprice.registry.certificate;

/**
 * The answer to "is this certificate good?" ({@link RegistrationCertificates#verify}). The first two
 * failures are found with the key set alone; the history decides between the last three.
 */
public enum CertificateStatus {
    /** Signed by a registry key in service at the issue time, and the latest statement of a live registration. */
    VALID,
    /** Correctly signed, but the registration has been cancelled (注销): every certificate of it is revoked. */
    REVOKED,
    /** Correctly signed, but a later event of the registration has been certified since. */
    SUPERSEDED,
    /**
     * Not a well-formed signed certificate, a signature that does not verify, a key not in service at the
     * stated issue time, or a statement that contradicts the registry's history.
     */
    INVALID_SIGNATURE,
    /** Signed with a key id that is not in the key set consulted. */
    UNKNOWN_KEY
}
