package org.dataprice.split.payout;

import java.math.BigDecimal;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * Per-use fees (按次计费): unit fee × calls, computed exactly and rounded once, half-even, to the minor unit.
 *
 * @param party   the party paid per use (a data provider whose API is called); not blank
 * @param unitFee the fee per call, ≥ 0 (may carry more decimals than the currency, e.g. 0.005 CNY); not null
 * @param calls   the number of calls ≥ 0
 */
public record PerUseFee(String party, Money unitFee, long calls) implements FixedClaim {
    /** Validates. */
    public PerUseFee {
        Require.notBlank(party, "party");
        Require.notNull(unitFee, "unitFee");
        Require.that(!unitFee.isNegative(), "unitFee", unitFee, Rule.AT_LEAST, 0);
        Require.atLeast(calls, 0L, "calls");
    }

    @Override
    public Money amount() {
        return Money.of(unitFee.amount().multiply(BigDecimal.valueOf(calls)), unitFee.currency(),
                Money.minorUnits(unitFee.currency()), Money.SETTLEMENT_ROUNDING); // unit fee × calls
    }

    @Override
    public String basis() {
        return unitFee + " x " + calls + " calls";
    }

    @Override
    public LineKind kind() {
        return LineKind.PER_USE;
    }
}
