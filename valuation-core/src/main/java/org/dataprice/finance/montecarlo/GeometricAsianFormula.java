package org.dataprice.finance.montecarlo;

import org.dataprice.finance.option.BlackScholes;
import org.dataprice.finance.option.OptionType;

/**
 * Closed form of a discretely monitored geometric-average option under GBM, used as a control variate
 * and as a check. With fixings t_i = iT/m, ln G is normal with
 * <pre>
 * mean μ = ln S0 + (r − q − σ²/2) T (m + 1) / (2m),   variance v² = σ² T (m + 1)(2m + 1) / (6 m²)
 * call = e^(−rT) [e^(μ + v²/2) N(d1) − K N(d2)],   put = e^(−rT) [K N(−d2) − e^(μ + v²/2) N(−d1)]
 * d1 = (μ − ln K + v²) / v,   d2 = d1 − v
 * </pre>
 * Source: Kemna &amp; Vorst, <i>J. Banking &amp; Finance</i> 14 (1990) 113–129 (continuous case);
 * Glasserman, <i>Monte Carlo Methods in Financial Engineering</i> (2004) §4.1.2 (discrete). Stateless.
 */
public final class GeometricAsianFormula {
    private GeometricAsianFormula() {
    }

    /**
     * @param type    call or put
     * @param s       S0 &gt; 0
     * @param k       K &gt; 0
     * @param r       rate
     * @param q       yield
     * @param vol     σ &gt; 0
     * @param t       T &gt; 0
     * @param fixings m ≥ 1
     * @return the value
     */
    public static double price(OptionType type, double s, double k, double r, double q, double vol, double t, int fixings) {
        double m = fixings;
        double mu = Math.log(s) + (r - q - 0.5 * vol * vol) * t * (m + 1) / (2 * m);
        double v = vol * Math.sqrt(t * (m + 1) * (2 * m + 1) / (6 * m * m));
        double d1 = (mu - Math.log(k) + v * v) / v;
        double d2 = d1 - v;
        double forward = Math.exp(mu + 0.5 * v * v);
        double disc = Math.exp(-r * t);
        return type == OptionType.CALL
                ? disc * (forward * BlackScholes.normalCdf(d1) - k * BlackScholes.normalCdf(d2))
                : disc * (k * BlackScholes.normalCdf(-d2) - forward * BlackScholes.normalCdf(-d1));
    }
}
