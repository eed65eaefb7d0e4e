package org.dataprice.index.hedonic;

import org.dataprice.error.Require;

/**
 * One estimated regression coefficient.
 *
 * @param name          the regressor: {@code "intercept"}, {@code "period:2024-03"} or a characteristic
 * @param estimate      the estimate
 * @param standardError its standard error, &ge; 0 (0 when the fit is exact)
 */
public record Coefficient(String name, double estimate, double standardError) {
    /** Validates. */
    public Coefficient {
        Require.notBlank(name, "name");
        Require.finite(estimate, "estimate");
        Require.nonNegative(standardError, "standardError");
    }

    /** @return the t statistic estimate / standardError; 0 when the standard error is 0 */
    public double tStatistic() {
        return standardError == 0 ? 0 : estimate / standardError;
    }
}
