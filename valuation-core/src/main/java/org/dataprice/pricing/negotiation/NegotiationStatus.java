package org.dataprice.pricing.negotiation;

/** The status of a human-driven negotiation. Every status but {@link #OPEN} is final. */
public enum NegotiationStatus {
    /** Offers may be made. */
    OPEN,
    /** An offer was accepted: a deal. */
    AGREED,
    /** A party walked away. */
    WITHDRAWN,
    /** The deadline passed (time or rounds) without agreement. */
    EXPIRED
}
