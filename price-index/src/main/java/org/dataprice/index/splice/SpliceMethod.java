package org.dataprice.index.splice;

/**
 * How a new window's movement is linked onto the series (Chessa 2016; Krsinich 2016; de Haan 2015;
 * CPI Manual 2020, ¶10.136–10.145). For a new window ending at t and an overlap period k (the
 * periods shared with the previous window), the splice on the previous window is
 * {@code P_t = P_{t-1} × [N(t)/N(k)] / [O(t-1)/O(k)]}; on the published series it is
 * {@code P_t = P_k × N(t)/N(k)} (N: new-window levels, O: previous-window levels).
 */
public enum SpliceMethod {
    /** k = t−1: the last movement of the new window (Ivancic, Diewert &amp; Fox 2011). */
    MOVEMENT,
    /** k = the first period of the new window (Krsinich 2016). */
    WINDOW,
    /** k = the middle of the overlap, position ⌊(w−1)/2⌋ of the new window (de Haan 2015). */
    HALF,
    /** The geometric mean of the splices over every overlap period (Diewert &amp; Fox 2022). */
    MEAN,
    /**
     * Fixed base, expanding window (Chessa 2016): the base moves every w−1 periods to b; each period t
     * uses the window b..t, {@code P_t = P_b × L(t)/L(b)}.
     */
    FBEW,
    /** Fixed base, moving window (Lamboray 2017): the window t−w+1..t, {@code P_t = P_b × L(t)/L(b)}. */
    FBMW
}
