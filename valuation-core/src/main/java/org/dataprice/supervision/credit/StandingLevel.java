package org.dataprice.supervision.credit;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.math.BigDecimal;

/**
 * A standing level (信用等级) of {@link CreditPolicy}: reached at {@code score >= minScore}; its incentive (守信激励: a
 * discount on deposits) and its penalties (失信惩戒: listing or bidding not allowed).
 *
 * @param name            the level's name, e.g. {@code "A"}; not blank, at most 20 characters
 * @param minScore        the lowest score of the level
 * @param depositDiscount the fraction taken off deposits, in [0, 1)
 * @param mayList         whether a party at this level may create listings
 * @param mayBid          whether a party at this level may bid and negotiate as a buyer
 */
public record StandingLevel(String name, int minScore, BigDecimal depositDiscount, boolean mayList, boolean mayBid) {
    /** Validates. */
    public StandingLevel {
        Require.notBlank(name, "name");
        Require.that(name.length() <= 20, "name", name, Rule.LIMIT_EXCEEDED, "20 characters");
        Require.notNull(depositDiscount, "depositDiscount");
        Require.that(depositDiscount.signum() >= 0 && depositDiscount.compareTo(BigDecimal.ONE) < 0, "depositDiscount",
                depositDiscount, Rule.OUT_OF_RANGE, "[0, 1)");
    }

    /**
     * @param action an action
     * @return whether the level allows it
     */
    public boolean allows(CreditAction action) {
        return action == CreditAction.LISTING ? mayList : mayBid;
    }
}
