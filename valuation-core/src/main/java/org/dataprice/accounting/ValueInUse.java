package org.dataprice.accounting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.money.Money;

/**
 * Value in use for CAS 8 (预计未来现金流量的现值): VIU = Σ<sub>t=1..n</sub> CF<sub>t</sub>/(1 + r)<sup>t</sup>,
 * cash flows at the end of each year, r a pre-tax discount rate (CAS 8 §13). Computed in
 * {@code double}, rounded once to the currency's minor unit with the given mode. Stateless.
 */
public final class ValueInUse {
    /** The most cash flows accepted. */
    public static final int MAX_FLOWS = 1200;

    private ValueInUse() {
    }

    /**
     * @param cashFlows    the expected net cash flows of years 1..n, same currency; 1 to {@link #MAX_FLOWS}
     * @param discountRate the pre-tax annual rate, &gt; −1
     * @param rounding     how to round to the minor unit; not null
     * @return the present value
     */
    public static Money presentValue(List<Money> cashFlows, double discountRate, RoundingMode rounding) {
        List<Money> flows = Require.nonEmptyCopy(cashFlows, "cashFlows");
        Require.withinLimit(flows.size(), MAX_FLOWS, "cashFlows", "");
        Require.greaterThan(discountRate, -1, "discountRate");
        Require.notNull(rounding, "rounding");
        Money zero = Money.zero(flows.get(0).currency());
        double pv = 0;
        double factor = 1;
        for (int t = 0; t < flows.size(); t++) {
            Require.that(flows.get(t).currency().equals(zero.currency()), "cashFlows[" + t + "]", flows.get(t),
                    org.dataprice.error.Rule.CURRENCY_MISMATCH, zero.currency().getCurrencyCode());
            factor /= 1 + discountRate;
            pv += flows.get(t).toDouble() * factor; // CF_t / (1 + r)^t
        }
        return Money.of(BigDecimal.valueOf(pv), zero.currency(), Money.minorUnits(zero.currency()), rounding);
    }
}
