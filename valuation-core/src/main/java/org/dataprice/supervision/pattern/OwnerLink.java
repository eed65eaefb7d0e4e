package org.dataprice.supervision.pattern;

import org.dataprice.error.Require;

/**
 * 实际控制关系 — a beneficial-owner or control link between two parties, declared at registration (or found by
 * the exchange): the two are treated as one economic party when looking for self-dealing and cycles.
 *
 * @param partyA one party; not blank
 * @param partyB the other; not blank, ≠ partyA
 */
public record OwnerLink(String partyA, String partyB) {
    /** Validates. */
    public OwnerLink {
        Require.notBlank(partyA, "partyA");
        Require.notBlank(partyB, "partyB");
        Require.that(!partyA.equals(partyB), "partyB", partyB, org.dataprice.error.Rule.INVALID_STATE,
                "a party is not linked to itself");
    }
}
