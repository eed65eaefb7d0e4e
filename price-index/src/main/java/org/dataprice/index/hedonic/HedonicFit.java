package org.dataprice.index.hedonic;

import java.util.List;

import org.dataprice.error.Require;
import org.dataprice.index.IndexResult;

/**
 * A fitted time-dummy hedonic regression and the index it implies.
 *
 * @param index                 the index exp(δ_t) with settings and explanation; not null
 * @param coefficients          intercept, period dummies, characteristics, in that order; copied
 * @param rSquared              the (weighted) coefficient of determination, in [0, 1]
 * @param adjustedRSquared      R² adjusted for degrees of freedom
 * @param residualStandardError sqrt(SSR / (n − k)); 0 when n = k
 * @param observations          n, the present product-periods
 * @param parameters            k, the estimated coefficients
 */
public record HedonicFit(IndexResult index, List<Coefficient> coefficients, double rSquared, double adjustedRSquared,
        double residualStandardError, int observations, int parameters) {
    /** Validates and copies. */
    public HedonicFit {
        Require.notNull(index, "index");
        coefficients = Require.nonEmptyCopy(coefficients, "coefficients");
        Require.finite(rSquared, "rSquared");
        Require.finite(adjustedRSquared, "adjustedRSquared");
        Require.nonNegative(residualStandardError, "residualStandardError");
        Require.atLeast(observations, parameters, "observations");
    }

    /**
     * @param name the regressor name; not null
     * @return its coefficient
     */
    public Coefficient coefficient(String name) {
        return coefficients.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new org.dataprice.error.InvalidInputException("name", name,
                        org.dataprice.error.Rule.UNKNOWN, "the regressors"));
    }
}
