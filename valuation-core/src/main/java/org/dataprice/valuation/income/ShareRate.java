package org.dataprice.valuation.income;

import org.dataprice.error.Require;

/**
 * The share rate K (分成率) of the share forecast F_t = R_t × K, with how it was obtained.
 *
 * <ul>
 *   <li>{@link #inBand}: K = m + (n − m) · r, inside an industry band [m, n] with a scoring
 *       adjustment r ∈ [0, 1] (CAS textbook method for intangibles);</li>
 *   <li>{@link #revenueFromProfit}: K_revenue = K_profit × sales profit margin;</li>
 *   <li>{@link #given}.</li>
 * </ul>
 *
 * @param k          the share rate, in [0, 1]
 * @param derivation how K was obtained, in words with the figures; not null
 */
public record ShareRate(double k, String derivation) {
    /** Validates. */
    public ShareRate {
        Require.probability(k, "k");
        Require.notNull(derivation, "derivation");
    }

    /**
     * @param k the share rate in [0, 1]
     * @return the given rate
     */
    public static ShareRate given(double k) {
        return new ShareRate(k, "given");
    }

    /**
     * @param low  the band's lower limit m ∈ [0, 1]
     * @param high the band's upper limit n ∈ [m, 1]
     * @param r    the adjustment r ∈ [0, 1]
     * @return K = m + (n − m) · r
     */
    public static ShareRate inBand(double low, double high, double r) {
        Require.probability(low, "low");
        Require.probability(high, "high");
        Require.atLeast(high, low, "high");
        Require.probability(r, "r");
        double k = low + (high - low) * r;
        return new ShareRate(k, "K = m + (n − m)·r = " + low + " + (" + high + " − " + low + ")·" + r);
    }

    /**
     * @param profitShare K_profit ∈ [0, 1]
     * @param margin      the sales profit margin ∈ [0, 1]
     * @return K_revenue = K_profit × margin
     */
    public static ShareRate revenueFromProfit(double profitShare, double margin) {
        Require.probability(profitShare, "profitShare");
        Require.probability(margin, "margin");
        return new ShareRate(profitShare * margin, "K_revenue = K_profit × margin = " + profitShare + " × " + margin);
    }
}
