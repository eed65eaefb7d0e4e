package org.dataprice.quality;

import java.util.Arrays;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * An immutable vector of non-negative weights that sum to 1 (within {@link #SUM_TOLERANCE}).
 * 权重向量. Value-based, immutable and thread-safe.
 */
public final class Weights {
    /** The tolerance on |Σ w − 1| accepted by {@link #of(double...)}. */
    public static final double SUM_TOLERANCE = 1e-9;

    private final double[] values;

    private Weights(double[] values) {
        this.values = values;
    }

    /**
     * @param weights finite weights &ge; 0 that sum to 1 within {@link #SUM_TOLERANCE}; not empty; copied
     * @return the weights
     */
    public static Weights of(double... weights) {
        double[] copy = Require.finite(weights, "weights").clone();
        Require.that(copy.length > 0, "weights", "[]", Rule.EMPTY);
        double sum = 0;
        for (int i = 0; i < copy.length; i++) {
            sum += Require.nonNegative(copy[i], "weights[" + i + "]");
        }
        Require.that(Math.abs(sum - 1) <= SUM_TOLERANCE, "weights", sum, Rule.SUM_MISMATCH, 1);
        return new Weights(copy);
    }

    /**
     * Normalises positive scores to weights: w_i = x_i / Σ x.
     *
     * @param scores finite scores &ge; 0 with a positive sum; not null; not modified
     * @return the normalised weights
     */
    public static Weights normalise(double... scores) {
        double[] copy = Require.finite(scores, "scores").clone();
        Require.that(copy.length > 0, "scores", "[]", Rule.EMPTY);
        double sum = 0;
        for (int i = 0; i < copy.length; i++) {
            sum += Require.nonNegative(copy[i], "scores[" + i + "]");
        }
        Require.that(sum > 0, "scores", sum, Rule.GREATER_THAN, "0 in sum");
        for (int i = 0; i < copy.length; i++) {
            copy[i] /= sum;
        }
        return new Weights(copy);
    }

    /**
     * @param n the number of weights, &ge; 1
     * @return n equal weights 1/n
     */
    public static Weights equal(int n) {
        Require.atLeast(n, 1, "n");
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return new Weights(w);
    }

    /** @return the number of weights */
    public int size() {
        return values.length;
    }

    /**
     * @param i the index, 0 ≤ i &lt; size()
     * @return w_i
     */
    public double get(int i) {
        return values[i];
    }

    /** @return a copy of the weights */
    public double[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weights w && Arrays.equals(w.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
