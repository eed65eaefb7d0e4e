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

    /**
     * Runs a core command and answers its {@link Rule#NOT_A_PARTY} refusal (the core's party rule: the
     * seller bidding, a non-seller closing) with this exception, so it becomes 403; every other domain
     * error passes unchanged (422).
     *
     * @param command the core command; not null
     * @param <T>     its result
     * @return the command's result
     */
    public static <T> T whenNotAParty(java.util.function.Supplier<T> command) {
        try {
            return command.get();
        } catch (org.dataprice.error.InvalidInputException e) {
            if (e.rule() == Rule.NOT_A_PARTY) {
                throw new NotAPartyException(e.field(), e.getMessage());
            }
            throw e;
        }
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
