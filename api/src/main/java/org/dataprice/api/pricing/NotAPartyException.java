package org.dataprice.api.pricing;

import org.dataprice.error.Rule;

/**
 * The caller is authenticated but is not the party the action needs (not the listing's seller, not
 * the negotiation's buyer, the seller bidding in its own auction). Answered 403 with problem type
 * {@code not-a-party} by {@link NotAPartyHandler}.
 */
public final class NotAPartyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field  the field naming the actor, e.g. {@code actorId}
     * @param detail what the caller would need to be
     */
    public NotAPartyException(String field, String detail) {
        super(detail, null, false, false);
        this.field = field;
    }

    /** @return the field naming the actor */
    public String field() {
        return field;
    }

    /** @return always {@link Rule#NOT_A_PARTY} */
    public Rule rule() {
        return Rule.NOT_A_PARTY;
    }
}
