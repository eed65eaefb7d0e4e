package org.dataprice.split.payout;

import java.util.Currency;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * What one party receives from a settlement and why (对账单): its lines and their total. The
 * constructor checks that the total is the sum of the paid lines.
 *
 * @param party       the party; not blank
 * @param lines       the lines, in waterfall order; copied
 * @param total       Σ of the paid lines; not null
 * @param explanation the party's own explanation (the last step holds the total); not null
 * @see #of(String, String, List, Currency) the one way a statement and its explanation are built
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
     * The statement of a party in a period, with its explanation derived from its lines alone: inputs
     * {@code party} and {@code period}; one {@link PayoutSteps#LINE} step per line (formula = the line's
     * basis, result = the line's kind and amount), in order; then a {@link PayoutSteps#TOTAL} step (formula
     * "sum of paid lines", result {@code total} = Σ of the paid lines).
     *
     * <p>This is the only place that explanation is built: the engine issues statements through it, and a
     * store that keeps only the lines re-derives the very same explanation through it on read (same inputs,
     * same function, same document).
     *
     * @param party    the party; not blank
     * @param period   the period's label; not null
     * @param lines    the lines, in waterfall order; each in {@code currency}
     * @param currency the currency of the total (used when there is no line)
     * @return the statement
     */
    public static PartyStatement of(String party, String period, List<PayoutLine> lines, Currency currency) {
        Require.notNull(period, "period");
        Require.notNull(lines, "lines");
        Explanation.Builder b = Explanation.builder("split.payout.statement").input("party", party)
                .input("period", period);
        Money total = Money.zero(currency);
        for (PayoutLine l : lines) {
            b.step(Step.builder(PayoutSteps.LINE).formula(l.basis())
                    .result(Quantity.of(l.kind().name(), l.amount())).build());
            if (l.kind().paid()) {
                total = total.plus(l.amount());
            }
        }
        b.step(Step.builder(PayoutSteps.TOTAL).formula("sum of paid lines").result(Quantity.of("total", total)).build());
        return new PartyStatement(party, lines, total, b.build());
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
