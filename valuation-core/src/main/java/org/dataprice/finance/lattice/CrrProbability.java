package org.dataprice.finance.lattice;

/**
 * The up-move probability of a Cox–Ross–Rubinstein tree (u = e^(σ√dt), d = 1/u).
 *
 * <table>
 *   <caption>Probability p</caption>
 *   <tr><th>variant</th><th>p</th><th>source</th></tr>
 *   <tr><td>{@link #TEXTBOOK}</td><td>(e^((r−q)dt) − d) / (u − d)</td>
 *       <td>Cox, Ross &amp; Rubinstein (1979); Hull, OFOD 9th ed., eq. 21.4–21.7</td></tr>
 *   <tr><td>{@link #DRIFT_ADJUSTED}</td><td>1/2 + 1/2 · (r − q − σ²/2) dt / (σ√dt)</td>
 *       <td>QuantLib {@code CoxRossRubinstein} (binomialtree.cpp): matches the drift of ln S</td></tr>
 * </table>
 * The textbook tree reprices the forward exactly (discrete put–call parity holds to rounding); the
 * drift-adjusted one matches the log-drift to first order. Both converge to Black–Scholes–Merton at
 * rate O(1/n).
 */
public enum CrrProbability {
    /** The risk-neutral probability that makes the tree martingale. */
    TEXTBOOK,
    /** QuantLib's probability matching the drift of ln S. */
    DRIFT_ADJUSTED;

    /**
     * @param r   rate
     * @param q   yield
     * @param vol σ
     * @param dt  time step
     * @return p
     */
    public double probability(double r, double q, double vol, double dt) {
        double dx = vol * Math.sqrt(dt);
        if (this == TEXTBOOK) {
            double u = Math.exp(dx);
            double d = Math.exp(-dx);
            return (Math.exp((r - q) * dt) - d) / (u - d);
        }
        return 0.5 + 0.5 * (r - q - 0.5 * vol * vol) * dt / dx;
    }
}
