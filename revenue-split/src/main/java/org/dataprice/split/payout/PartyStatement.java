package org.dataprice.split.payout;

import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * What one party receives from a settlement and why (对账单): its lines and their total. The
 * constructor checks that the total is the sum of the paid lines.
 *
 * @param party       the party; not blank
 * @param lines       the lines, in waterfall order; copied
 * @param total       Σ of the paid lines; not null
 * @param explanation the party's own explanation (the last step holds the total); not null
 */
public record PartyStatement(String party, List<PayoutLine> lines, Money total, Explanation explanation) {
    /** Validates the total. */
    public PartyStatement {
        Require.notBlank(party, "party");
        lines = Require.copyOf(lines, "lines");
        Require.notNull(total, "total");
        Require.notNull(explanation, "explanation");
        Money sum = Money.zero(total.currency());
        for (PayoutLine line : lines) {
            if (line.kind().paid()) {
                sum = sum.plus(line.amount());
            }
        }
        if (!sum.equals(total)) {
            throw new InvalidInputException("total", total, Rule.SUM_MISMATCH, sum);
        }
    }

    /**
     * @param kind a line kind
     * @return the sum of this party's lines of that kind
     */
    public Money amount(LineKind kind) {
        Money sum = Money.zero(total.currency());
        for (PayoutLine line : lines) {
            if (line.kind() == kind) {
                sum = sum.plus(line.amount());
            }
        }
        return sum;
    }
}
