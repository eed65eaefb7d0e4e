package org.dataprice.split.datavalue;

import org.dataprice.error.Require;

/**
 * Labelled points for data valuation: m points of dimension d (features held row-major) with an
 * integer class label each. Immutable (inputs are copied); at most {@link #MAX_POINTS} points.
 */
public final class LabelledData {
    /** The largest number of points. */
    public static final int MAX_POINTS = 10_000_000;

    private final int dimension;
    private final double[] features;
    private final int[] labels;

    private LabelledData(int dimension, double[] features, int[] labels) {
        this.dimension = dimension;
        this.features = features;
        this.labels = labels;
    }

    /**
     * @param features one row of d finite features per point, all rows the same length d ≥ 1; copied
     * @param labels   one class label per point; copied
     * @return the data
     */
    public static LabelledData of(double[][] features, int[] labels) {
        Require.notNull(features, "features");
        Require.notNull(labels, "labels");
        Require.atLeast(features.length, 1, "features.length");
        Require.withinLimit(features.length, MAX_POINTS, "features.length", "");
        Require.size(labels.length, features.length, "labels");
        Require.notNull(features[0], "features[0]");
        int d = Require.atLeast(features[0].length, 1, "features[0].length");
        double[] flat = new double[features.length * d];
        for (int p = 0; p < features.length; p++) {
            Require.notNull(features[p], "features[" + p + "]");
            Require.size(features[p].length, d, "features[" + p + "]");
            for (int j = 0; j < d; j++) {
                flat[p * d + j] = Require.finite(features[p][j], "features[" + p + "][" + j + "]");
            }
        }
        return new LabelledData(d, flat, labels.clone());
    }

    /**
     * The same from row-major features (for large data, without a row per point).
     *
     * @param dimension d ≥ 1
     * @param features  m·d finite features, row-major; copied
     * @param labels    m labels; copied
     * @return the data
     */
    public static LabelledData ofRowMajor(int dimension, double[] features, int[] labels) {
        Require.atLeast(dimension, 1, "dimension");
        Require.finite(features, "features");
        Require.notNull(labels, "labels");
        Require.atLeast(labels.length, 1, "labels.length");
        Require.withinLimit(labels.length, MAX_POINTS, "labels.length", "");
        Require.size(features.length, labels.length * dimension, "features");
        return new LabelledData(dimension, features.clone(), labels.clone());
    }

    /** @return the number of points m */
    public int size() {
        return labels.length;
    }

    /** @return the dimension d */
    public int dimension() {
        return dimension;
    }

    /**
     * @param point a point index
     * @return its label
     */
    public int label(int point) {
        return labels[point];
    }

    /**
     * Squared Euclidean distance between a point of this set and a point of another.
     *
     * @param point a point of this set
     * @param other the other set (same dimension)
     * @param q     a point of the other set
     * @return Σ (x − y)²
     */
    double squaredDistance(int point, LabelledData other, int q) {
        double s = 0;
        int a = point * dimension;
        int b = q * dimension;
        for (int j = 0; j < dimension; j++) {
            double diff = features[a + j] - other.features[b + j];
            s += diff * diff;
        }
        return s;
    }
}
