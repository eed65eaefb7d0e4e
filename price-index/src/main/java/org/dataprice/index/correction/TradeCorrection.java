package org.dataprice.index.correction;

import java.time.Instant;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * One append-only correction of one trade (交易更正记录): void it or amend it, with the reason, the
 * actor and the time, recorded for audit. Corrections of a trade are numbered 1, 2, ... in the order
 * they were made ({@code sequence}); the original trade is never changed.
 *
 * @param id        the correction's id; not blank
 * @param tradeId   the corrected trade's id; &gt; 0
 * @param sequence  its number among the corrections of that trade, 1 for the first; &ge; 1
 * @param action    void or amend; not null
 * @param amendment the new values for {@link CorrectionAction#AMEND}; null for {@link CorrectionAction#VOID}
 * @param reason    why (audit), at most {@link #MAX_REASON} characters; not blank
 * @param actor     the principal who made it; not blank
 * @param at        when it was made; not null
 */
public record TradeCorrection(String id, long tradeId, int sequence, CorrectionAction action, Amendment amendment,
                              String reason, String actor, Instant at) {
    /** The longest reason, in characters. */
    public static final int MAX_REASON = 500;

    /** Validates; an amendment goes with AMEND and only with it. */
    public TradeCorrection {
        Require.notBlank(id, "id");
        Require.atLeast(tradeId, 1L, "tradeId");
        Require.atLeast(sequence, 1, "sequence");
        Require.notNull(action, "action");
        Require.notBlank(reason, "reason");
        Require.that(reason.length() <= MAX_REASON, "reason", reason.length() + " characters", Rule.LIMIT_EXCEEDED,
                MAX_REASON + " characters");
        Require.notBlank(actor, "actor");
        Require.notNull(at, "at");
        if (action == CorrectionAction.AMEND && amendment == null) {
            throw new InvalidInputException("action", action, Rule.INVALID_STATE,
                    "an amendment must give at least one of productId, period, price, quantity");
        }
        if (action == CorrectionAction.VOID && amendment != null) {
            throw new InvalidInputException("action", action, Rule.INVALID_STATE,
                    "a void takes no new values (productId, period, price, quantity)");
        }
    }
}
