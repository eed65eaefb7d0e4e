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
 * What one party receives from a settlement in one period and why (对账单): its lines and their total.
 * The constructor checks that the total is the sum of the paid lines.
 *
 * <p>The explanation is not a component: it is a pure function of the party, the period and the lines
 * ({@link #explanation()}), built on demand. A settlement of 10,000 parties × 13 periods thus holds no
 * 130,000 explanation objects, and a store that keeps only the lines serves, through the same
 * function, the very document the engine issued.
 *
 * @param party  the party; not blank
 * @param period the period's label; not null
 * @param lines  the lines, in waterfall order; copied
 * @param total  Σ of the paid lines; not null
 * @see #of(String, String, List, Currency) the factory that computes the total
 */
public record PartyStatement(String party, String period, List<PayoutLine> lines, Money total) {
    /** Validates the total. */
    public PartyStatement {
        Require.notBlank(party, "party");
        Require.notNull(period, "period");
        lines = Require.copyOf(lines, "lines");
        Require.notNull(total, "total");
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
     * The statement of a party in a period: its total is Σ of the paid lines.
     *
     * @param party    the party; not blank
     * @param period   the period's label; not null
     * @param lines    the lines, in waterfall order; each in {@code currency}
     * @param currency the currency of the total (used when there is no line)
     * @return the statement
     */
    public static PartyStatement of(String party, String period, List<PayoutLine> lines, Currency currency) {
        Require.notNull(lines, "lines");
        Money total = Money.zero(currency);
        for (PayoutLine l : lines) {
            if (l.kind().paid()) {
                total = total.plus(l.amount());
            }
        }
        return new PartyStatement(party, period, lines, total);
    }

    /**
     * The party's own explanation, derived from the statement alone (the one place it is built): inputs
     * {@code party} and {@code period}; one {@link PayoutSteps#LINE} step per line (formula = the line's
     * basis, result = the line's kind and amount), in order; then a {@link PayoutSteps#TOTAL} step (formula
     * "sum of paid lines", result {@code total}). Built anew on each call; equal calls give equal values.
     *
     * @return the explanation (the last step holds the total)
     */
    public Explanation explanation() {
        Explanation.Builder b = Explanation.builder("split.payout.statement").input("party", party)
                .input("period", period);
        for (PayoutLine l : lines) {
            b.step(Step.builder(PayoutSteps.LINE).formula(l.basis())
                    .result(Quantity.of(l.kind().name(), l.amount())).build());
        }
        b.step(Step.builder(PayoutSteps.TOTAL).formula("sum of paid lines").result(Quantity.of("total", total)).build());
        return b.build();
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
