package org.dataprice.registry.exchange;

/** Whether an imported bundle is recognised. */
public enum ImportOutcome {
    /** Signed by a trusted exchange with a key in service, intact and well-formed: its registrations are recognised (互认). */
    RECOGNISED,
    /** Anything else; the result's reason says why. */
    REFUSED
}
