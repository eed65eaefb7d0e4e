package org.dataprice.index.splice;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The splice of one new window onto a series: the primitive kernel of {@link RollingWindowIndex},
 * usable alone to splice windows computed elsewhere.
 *
 * <p>Given the previous window's levels O (periods t−w..t−1), the new window's levels N (periods
 * t−w+1..t) and the series so far (the published levels, last entry at t−1), returns P_t. For the
 * overlap position j of the new window (period k), the splice factor on the previous window is
 * {@code (N[w-1]/N[j]) / (O[w-1]/O[j+1])} applied to P_{t-1}; on the published series it is
 * {@code P_k × N[w-1]/N[j]}. MOVEMENT: j = w−2; WINDOW: j = 0; HALF: j = ⌊(w−1)/2⌋; MEAN: the
 * geometric mean over j = 0..w−2. Source: IndexNumR 0.6.0 {@code R/splices.R}; gpindex 0.6
 * {@code splice_index}; CPI Manual 2020, ¶10.140. Stateless and thread-safe.
 */
public final class Splicing {
    private Splicing() {
    }

    /**
     * @param series      the series up to t−1 (at least w−1 entries); not null
     * @param previous    the previous window's levels, length w; not null
     * @param next        the new window's levels, length w; not null
     * @param method      MOVEMENT, WINDOW, HALF or MEAN; not null
     * @param onPublished splice on the published series (true) or on the previous window (false)
     * @return the new level P_t
     */
    public static double next(double[] series, double[] previous, double[] next, SpliceMethod method,
            boolean onPublished) {
        Require.notNull(series, "series");
        Require.notNull(previous, "previous");
        Require.notNull(next, "next");
        Require.notNull(method, "method");
        int w = next.length;
        Require.atLeast(w, 2, "next.length");
        Require.size(previous.length, w, "previous");
        Require.atLeast(series.length, w - 1, "series.length");
        switch (method) {
            case MOVEMENT:
                return at(series, previous, next, w - 2, onPublished);
            case WINDOW:
                return at(series, previous, next, 0, onPublished);
            case HALF:
                return at(series, previous, next, (w - 1) / 2, onPublished);
            case MEAN:
                double sum = 0;
                for (int j = 0; j <= w - 2; j++) {
                    sum += Math.log(at(series, previous, next, j, onPublished));
                }
                return Math.exp(sum / (w - 1));
            default:
                throw new InvalidInputException("method", method, Rule.UNKNOWN, "MOVEMENT, WINDOW, HALF, MEAN");
        }
    }

    /** P_t by the overlap at new-window position j. */
    private static double at(double[] series, double[] previous, double[] next, int j, boolean onPublished) {
        int w = next.length;
        int last = series.length - 1;
        if (onPublished) {
            // P_k with k = t − (w−1) + j, i.e. series index last − (w − 2) + j
            return series[last - (w - 2) + j] * next[w - 1] / next[j];
        }
        return series[last] * (next[w - 1] / next[j]) / (previous[w - 1] / previous[j + 1]);
    }
}
