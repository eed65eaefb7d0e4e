package org.dataprice.supervision.admission;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;

import java.util.List;

/**
 * The outcome of an admission check: the list version applied and every refusal found, in list order (entries) and
 * field order within an entry. Admitted when there is none.
 *
 * @param listVersion the negative list's version
 * @param refusals    the refusals; empty when admitted
 */
public record AdmissionDecision(int listVersion, List<Refusal> refusals) {
    /** Copies. */
    public AdmissionDecision {
        refusals = List.copyOf(refusals);
    }

    /** @return whether nothing prohibits the listing */
    public boolean admitted() {
        return refusals.isEmpty();
    }

    /**
     * Refuses a new listing: 422 {@code prohibited} naming the first refusal's field (the listing request's JSON path)
     * and citing its entry; the other refusals follow in the message.
     *
     * @throws InvalidInputException when not admitted
     */
    public void requireAdmitted() {
        if (!admitted()) {
            Refusal first = refusals.get(0);
            throw new InvalidInputException(first.field(), first.matched(), Rule.PROHIBITED, citations());
        }
    }

    /**
     * Refuses a deal on a listing the current list prohibits: 422 {@code prohibited} on the stored state's field
     * {@code field} (the listing was admitted under an earlier version, or before admission existed).
     *
     * @param field the field to name, e.g. {@code listing.admission}
     * @throws InvalidInputException when not admitted
     */
    public void requireDealAdmitted(String field) {
        if (!admitted()) {
            throw new InvalidInputException(field, refusals.get(0).field() + "=" + refusals.get(0).matched(),
                    Rule.PROHIBITED, citations());
        }
    }

    private String citations() {
        StringBuilder b = new StringBuilder();
        for (Refusal r : refusals) {
            if (!b.isEmpty()) {
                b.append("; ");
            }
            b.append(r.citation()).append(": ").append(r.reason());
        }
        return b.toString();
    }
}
