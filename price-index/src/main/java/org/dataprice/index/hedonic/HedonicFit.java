package org.dataprice.index.hedonic;

import java.util.List;

import org.dataprice.error.Require;
import org.dataprice.index.IndexResult;

/**
 * A fitted time-dummy hedonic regression and the index it implies.
 *
 * <p>Reliability ({@link #warnings()}): the estimates are only as good as the residual degrees of
 * freedom n − k. With n = k the fit is exact and every standard error is 0 (not estimable); with
 * n &lt; {@value #RELIABLE_FACTOR}·k the standard errors rest on fewer residuals than parameters and
 * the index is flagged unreliable. Rank deficiency (a characteristic constant or collinear with the
 * dummies) and n &lt; k are errors of {@link TimeDummyHedonicIndex}, never a result.
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
    /** Observations per parameter below which a fit is flagged unreliable: n &lt; 2k. */
    public static final int RELIABLE_FACTOR = 2;

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

    /**
     * @return the residual degrees of freedom n − k, &ge; 0
     */
    public int residualDegreesOfFreedom() {
        return observations - parameters;
    }

    /**
     * The reasons not to trust this fit, empty when there are none: no residual degrees of freedom
     * (n = k), or fewer than {@value #RELIABLE_FACTOR}·k observations.
     *
     * @return the warnings, in plain English; immutable
     */
    public List<String> warnings() {
        if (observations == parameters) {
            return List.of("the time-dummy hedonic fit is exact (n = k = " + parameters + " observations and parameters): "
                    + "no residual degrees of freedom, the standard errors are not estimable (shown as 0) and the index is "
                    + "unreliable");
        }
        if (observations < RELIABLE_FACTOR * parameters) {
            return List.of("the time-dummy hedonic fit has " + observations + " observations for " + parameters
                    + " parameters (fewer than " + RELIABLE_FACTOR + " per parameter): the standard errors and the index "
                    + "are unreliable");
        }
        return List.of();
    }
}
