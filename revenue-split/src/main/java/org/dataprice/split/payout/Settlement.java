package org.dataprice.split.payout;

import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * The result of settling one period: a statement per party, what was retained and what loss is
 * carried forward. The constructor checks the conservation identity, exact to the minor unit:
 * Σ statement totals + retained + carriedForward = pool + carriedIn.
 *
 * @param period         the period's label; not blank
 * @param pool           the period's distributable pool (negative for a loss); not null
 * @param carriedIn      the loss carried in from earlier periods, ≤ 0; not null
 * @param statements     one per party, in order of first appearance in the terms; copied
 * @param retained       undistributed because every dividend party is capped, ≥ 0; not null
 * @param carriedForward the loss carried to the next period, ≤ 0; not null
 * @param explanation    the waterfall; the last step holds the total paid; not null
 */
public record Settlement(String period, Money pool, Money carriedIn, List<PartyStatement> statements, Money retained,
        Money carriedForward, Explanation explanation) {
    /** Validates the conservation identity. */
    public Settlement {
        Require.notBlank(period, "period");
        Require.notNull(pool, "pool");
        Require.notNull(carriedIn, "carriedIn");
        statements = Require.copyOf(statements, "statements");
        Require.notNull(retained, "retained");
        Require.notNull(carriedForward, "carriedForward");
        Require.notNull(explanation, "explanation");
        Money paid = Money.zero(pool.currency());
        for (PartyStatement s : statements) {
            paid = paid.plus(s.total());
        }
        Money lhs = paid.plus(retained).plus(carriedForward);
        if (!lhs.equals(pool.plus(carriedIn))) {
            throw new InvalidInputException("statements", lhs, Rule.SUM_MISMATCH, pool.plus(carriedIn));
        }
    }

    /** @return Σ of the statement totals */
    public Money totalPaid() {
        Money paid = Money.zero(pool.currency());
        for (PartyStatement s : statements) {
            paid = paid.plus(s.total());
        }
        return paid;
    }

    /**
     * @param party a party
     * @return its statement
     */
    public PartyStatement statement(String party) {
        return statements.stream().filter(s -> s.party().equals(party)).findFirst()
                .orElseThrow(() -> new InvalidInputException("party", party, Rule.UNKNOWN, "the parties of " + period + " "
                        + statements.stream().map(PartyStatement::party).sorted().toList()));
    }
}
