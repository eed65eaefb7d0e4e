package org.dataprice.pricing.query;

import java.util.Arrays;
import java.util.Currency;
import org.dataprice.error.Require;

/**
 * The support set S of possible databases D′ ≠ D with their weights w(D′) &gt; 0, in currency units: the
 * price of learning that the true database is not D′. QIRANA's default support is the neighbourhood of the
 * true database (each D′ differs in one cell; see {@link NeighbourhoodSupport}) with uniform weights
 * summing to the price of the whole database.
 *
 * <p>Limit: {@link #MAX_WORLDS} worlds. Immutable and thread-safe (the weights are copied).
 */
public final class SupportSet {
    /** The largest support accepted. */
    public static final int MAX_WORLDS = 10_000_000;

    private final Currency currency;
    private final double[] weights;
    private final double total;

    private SupportSet(Currency currency, double[] weights) {
        this.currency = currency;
        this.weights = weights;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        this.total = sum;
    }

    /**
     * @param currency the currency of the weights; not null
     * @param weights  w(D′) &gt; 0 per world, at least one; copied
     * @return the support set
     */
    public static SupportSet of(Currency currency, double[] weights) {
        Require.notNull(currency, "currency");
        Require.notNull(weights, "weights");
        Require.atLeast(weights.length, 1, "weights.length");
        Require.withinLimit(weights.length, MAX_WORLDS, "weights", "use a sampled support");
        for (int i = 0; i < weights.length; i++) {
            Require.positive(weights[i], "weights[" + i + "]");
        }
        return new SupportSet(currency, weights.clone());
    }

    /**
     * @param currency the currency; not null
     * @param worlds   the number of worlds, 1..{@link #MAX_WORLDS}
     * @param total    the price of the whole database (all worlds ruled out), &gt; 0
     * @return uniform weights total / worlds
     */
    public static SupportSet uniform(Currency currency, int worlds, double total) {
        Require.atLeast(worlds, 1, "worlds");
        Require.withinLimit(worlds, MAX_WORLDS, "worlds", "use a sampled support");
        Require.positive(total, "total");
        double[] w = new double[worlds];
        Arrays.fill(w, total / worlds);
        return of(currency, w);
    }

    /** @return the number of worlds */
    public int size() {
        return weights.length;
    }

    /**
     * @param world a world index
     * @return its weight
     */
    public double weight(int world) {
        return weights[world];
    }

    /** @return Σ w(D′), the price of the whole database */
    public double total() {
        return total;
    }

    /** @return the currency */
    public Currency currency() {
        return currency;
    }
}
