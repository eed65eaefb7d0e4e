package org.dataprice.accounting;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * An amortisation schedule as data: one line per month. The constructor checks that the lines sum
 * exactly to the amortisable amount.
 *
 * @param cost          the amount amortised from
 * @param residualValue the residual value
 * @param amortisable   cost − residual value (应摊销金额)
 * @param method        the method used
 * @param lines         the months, in order; copied
 * @param explanation   how it was obtained; its last step is the total amortisation (= amortisable)
 */
public record AmortisationSchedule(Money cost, Money residualValue, Money amortisable, AmortisationMethod method,
        List<AmortisationLine> lines, Explanation explanation) {
    /** Validates the exact-sum invariant and copies. */
    public AmortisationSchedule {
        Require.notNull(cost, "cost");
        Require.notNull(residualValue, "residualValue");
        Require.notNull(amortisable, "amortisable");
        Require.notNull(method, "method");
        lines = Require.nonEmptyCopy(lines, "lines");
        Require.notNull(explanation, "explanation");
        Money sum = Money.zero(cost.currency());
        for (AmortisationLine line : lines) {
            sum = sum.plus(line.amortisation());
        }
        if (!sum.equals(amortisable)) {
            throw new InvalidInputException("lines", sum, Rule.SUM_MISMATCH, amortisable);
        }
    }

    /** @return the sum of the monthly amortisation, equal to {@link #amortisable()} */
    public Money totalAmortisation() {
        return lines.get(lines.size() - 1).accumulated();
    }

    /** @return the amortisation of each calendar year, in year order */
    public Map<Year, Money> amortisationByYear() {
        Map<Year, Money> out = new TreeMap<>();
        for (AmortisationLine line : lines) {
            out.merge(Year.of(line.period().getYear()), line.amortisation(), Money::plus);
        }
        return out;
    }
}
