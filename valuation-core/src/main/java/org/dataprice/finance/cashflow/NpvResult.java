package org.dataprice.finance.cashflow;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * A net present value with how it was obtained.
 *
 * @param value       the NPV, in the flows' currency; finite
 * @param explanation the rate, compounding, discount factors and sum; not null
 */
public record NpvResult(double value, Explanation explanation) {
    /** Validates both fields. */
    public NpvResult {
        Require.finite(value, "value");
        Require.notNull(explanation, "explanation");
    }
}
