package org.dataprice.registry.authorisation;

/** The standing of an agreement or authorisation at an instant ({@link AuthorisationLedger#statusAt}). */
public enum AuthorisationStatus {
    /** Recorded, within its term and not revoked. */
    IN_FORCE,
    /** Recorded, but its term has not started. */
    NOT_YET,
    /** Recorded, but its term has ended. */
    EXPIRED,
    /** Revoked by its grantor. */
    REVOKED,
    /** Not recorded (at that instant). */
    UNKNOWN
}
