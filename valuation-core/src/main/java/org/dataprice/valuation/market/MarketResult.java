package org.dataprice.valuation.market;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * A market-approach value.
 *
 * @param value                  P = Σ w_i P_i rounded half-even to minor units; not null
 * @param comparables            the adjusted comparables; not null
 * @param coefficientOfVariation the sample CV of the adjusted prices (0 for one comparable)
 * @param warnings               dispersion, rights or date warnings for the appraiser; not null
 * @param explanation            the explanation; the last step holds P; not null
 */
public record MarketResult(Money value, List<AdjustedComparable> comparables, double coefficientOfVariation, List<String> warnings,
        Explanation explanation) {
    /** Copies. */
    public MarketResult {
        Require.notNull(value, "value");
        comparables = Require.copyOf(comparables, "comparables");
        warnings = Require.copyOf(warnings, "warnings");
        Require.notNull(explanation, "explanation");
    }
}
