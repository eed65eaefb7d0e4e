package org.dataprice.finance.option;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * An implied volatility.
 *
 * @param volatility  σ per √year that reprices the quote
 * @param evaluations price evaluations used by the solver
 * @param explanation the bounds checked, the bracket and the solution; not null
 */
public record ImpliedVolatilityResult(double volatility, int evaluations, Explanation explanation) {
    /** Validates every field. */
    public ImpliedVolatilityResult {
        Require.positive(volatility, "volatility");
        Require.atLeast(evaluations, 0, "evaluations");
        Require.notNull(explanation, "explanation");
    }
}
