package org.dataprice.finance.option;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * A Black–Scholes–Merton price with its greeks. Units: price, delta·S and gamma·S² in the
 * underlying's currency; vega per 1.00 of volatility (divide by 100 for one vol point); theta per
 * year (−∂V/∂T, divide by 365 for a calendar day); rho per 1.00 of rate.
 *
 * @param price       V
 * @param delta       ∂V/∂S
 * @param gamma       ∂²V/∂S²
 * @param vega        ∂V/∂σ per 1.00 of σ
 * @param theta       −∂V/∂T per year
 * @param rho         ∂V/∂r per 1.00 of r
 * @param explanation d1, d2, N(·), discount factors and every figure; not null
 */
public record BlackScholesResult(double price, double delta, double gamma, double vega, double theta, double rho,
        Explanation explanation) {
    /** Validates every field. */
    public BlackScholesResult {
        Require.nonNegative(price, "price");
        Require.finite(delta, "delta");
        Require.nonNegative(gamma, "gamma");
        Require.nonNegative(vega, "vega");
        Require.finite(theta, "theta");
        Require.finite(rho, "rho");
        Require.notNull(explanation, "explanation");
    }
}
