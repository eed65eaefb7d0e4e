package org.dataprice.registry.provenance;

/** What tracing found for one source ({@link SourceTrace}). */
public enum Finding {
    /** Collected by the registrant; the trace ends here. */
    COLLECTED,
    /** Cites an agreement or authorisation in force at the instant traced. */
    AUTHORISATION_IN_FORCE,
    /** Cites an agreement or authorisation that was revoked, expired or not yet in force then. */
    AUTHORISATION_NOT_IN_FORCE,
    /** Cites an agreement or authorisation the ledger does not hold (then). */
    AUTHORISATION_UNKNOWN,
    /** Derived from a registration that was traced in turn. */
    DERIVED,
    /** Derived from a registration the registry does not hold (then). */
    REGISTRATION_UNKNOWN,
    /** Derived from a registration already on the path: a cycle in the derived-from links. */
    CYCLE;

    /** @return whether this finding leaves the source accounted for */
    public boolean sound() {
        return this == COLLECTED || this == AUTHORISATION_IN_FORCE || this == DERIVED;
    }
}
