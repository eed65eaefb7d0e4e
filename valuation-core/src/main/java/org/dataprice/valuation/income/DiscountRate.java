package org.dataprice.valuation.income;

import java.util.List;
import org.dataprice.error.Require;

/**
 * The discount rate i (折现率), given or built up: i = risk-free rate + Σ named premia (累加法).
 *
 * @param rate     i, a fraction per period, &gt; −1 (a rate ≤ 0 is allowed but unusual)
 * @param riskFree the risk-free rate of a build-up; equal to {@code rate} when given
 * @param premia   the premia of a build-up; empty when given; copied
 */
public record DiscountRate(double rate, double riskFree, List<RiskPremium> premia) {
    /** Validates that the rate equals the build-up. */
    public DiscountRate {
        Require.greaterThan(rate, -1, "rate");
        Require.greaterThan(riskFree, -1, "riskFree");
        premia = Require.copyOf(premia, "premia");
        double sum = riskFree;
        for (RiskPremium p : premia) {
            sum += p.rate();
        }
        Require.that(Math.abs(sum - rate) <= 1e-12, "rate", rate, org.dataprice.error.Rule.SUM_MISMATCH, "riskFree + Σ premia = " + sum);
    }

    /**
     * @param rate i &gt; −1
     * @return the given rate
     */
    public static DiscountRate given(double rate) {
        return new DiscountRate(rate, rate, List.of());
    }

    /**
     * @param riskFree the risk-free rate (e.g. a 10-year government bond yield), &gt; −1
     * @param premia   the premia; not null
     * @return i = riskFree + Σ premia
     */
    public static DiscountRate buildUp(double riskFree, RiskPremium... premia) {
        Require.notNull(premia, "premia");
        double sum = Require.greaterThan(riskFree, -1, "riskFree");
        for (int k = 0; k < premia.length; k++) {
            sum += Require.notNull(premia[k], "premia[" + k + "]").rate();
        }
        return new DiscountRate(sum, riskFree, List.of(premia));
    }

    /** @return true when built up from premia */
    public boolean isBuiltUp() {
        return !premia.isEmpty();
    }
}
