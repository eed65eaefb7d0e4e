package org.dataprice.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.simulation.SimulationResult;

/**
 * A stressed value of the pledged asset: a low percentile of its Monte Carlo value distribution
 * (e.g. the 5th percentile), on which the stressed loan limit is computed.
 *
 * @param percentile the probability p of the percentile, in (0, 1)
 * @param value      Q(p), ≥ 0; not null
 */
public record StressedValue(double percentile, Money value) {
    /** Validates. */
    public StressedValue {
        Require.inOpenRange(percentile, 0, 1, "percentile");
        Require.notNull(value, "value");
        Require.that(!value.isNegative(), "value", value, Rule.AT_LEAST, 0);
    }

    /**
     * Reads the percentile of a simulation whose values are in {@code currency}, rounded down to the
     * minor unit; a negative percentile value counts as 0.
     *
     * @param simulation a Monte Carlo of the asset's value; not null
     * @param percentile p in (0, 1), e.g. 0.05
     * @param currency   the currency of the simulated values; not null
     * @return the stressed value
     */
    public static StressedValue fromSimulation(SimulationResult simulation, double percentile, Currency currency) {
        Require.notNull(simulation, "simulation");
        Require.inOpenRange(percentile, 0, 1, "percentile");
        double q = Math.max(0, simulation.percentile(percentile));
        return new StressedValue(percentile, Money.of(BigDecimal.valueOf(q), Require.notNull(currency, "currency"),
                Money.minorUnits(currency), RoundingMode.DOWN));
    }
}
