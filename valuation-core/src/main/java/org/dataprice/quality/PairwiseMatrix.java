package org.dataprice.quality;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A reciprocal pairwise-comparison matrix on Saaty's 1–9 scale (判断矩阵): a_ij says how much more
 * important element i is than element j, a_ii = 1 and a_ji = 1 / a_ij.
 *
 * <p>Validation (each failure names the cell, e.g. {@code judgements[2][5]}):
 * <ul>
 *   <li>square, 1 ≤ n ≤ {@link #MAX_SIZE} (Saaty's random-index table ends there;
 *       {@link org.dataprice.error.LimitExceededException} above);</li>
 *   <li>every a_ij finite and in [1/9, 9] (Saaty 1980, Table 1.1 scale);</li>
 *   <li>a_ii = 1 within the tolerance;</li>
 *   <li>reciprocity |a_ij · a_ji − 1| ≤ tolerance ({@link #RECIPROCITY_TOLERANCE} by default, which
 *       accepts judgements such as 0.333 typed for 1/3).</li>
 * </ul>
 * After validation the matrix is made exactly reciprocal: a_ii = 1 and a_ji = 1 / a_ij for i &lt; j, so
 * the tolerance only absorbs rounding in typed judgements (0.333 for 1/3) and the matrix is fully
 * determined by its upper triangle (which is what explanations hash). Stored row-major in a private
 * array; immutable and thread-safe.
 */
public final class PairwiseMatrix {
    /** The largest matrix accepted: 15, the last n of Saaty's random-index table. */
    public static final int MAX_SIZE = 15;
    /** The default reciprocity tolerance on |a_ij · a_ji − 1|. */
    public static final double RECIPROCITY_TOLERANCE = 1e-3;
    /** The smallest judgement on Saaty's scale, 1/9. */
    public static final double MIN_JUDGEMENT = 1.0 / 9;
    /** The largest judgement on Saaty's scale, 9. */
    public static final double MAX_JUDGEMENT = 9;

    private final int n;
    private final double[] a;
    private final double[] upper;

    private PairwiseMatrix(int n, double[] a) {
        this.n = n;
        this.a = a;
        this.upper = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 1;
            for (int j = i + 1; j < n; j++) {
                a[j * n + i] = 1 / a[i * n + j];
                upper[k++] = a[i * n + j];
            }
        }
    }

    /**
     * @param judgements the square matrix, row by row; not null; copied
     * @return the matrix, checked with {@link #RECIPROCITY_TOLERANCE}
     */
    public static PairwiseMatrix of(double[][] judgements) {
        return of(judgements, RECIPROCITY_TOLERANCE);
    }

    /**
     * @param judgements the square matrix, row by row; not null; copied
     * @param tolerance  the reciprocity tolerance on |a_ij · a_ji − 1|, in [0, 0.1]
     * @return the matrix
     */
    public static PairwiseMatrix of(double[][] judgements, double tolerance) {
        Require.inClosedRange(tolerance, 0, 0.1, "tolerance");
        Require.notNull(judgements, "judgements");
        int n = judgements.length;
        Require.that(n > 0, "judgements", "[]", Rule.EMPTY);
        Require.withinLimit(n, MAX_SIZE, "judgements", "split the criteria into a hierarchy (HierarchicalAhp)");
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            Require.notNull(judgements[i], cell(i));
            Require.size(judgements[i].length, n, cell(i));
            for (int j = 0; j < n; j++) {
                a[i * n + j] = judgement(judgements[i][j], cell(i, j));
            }
        }
        for (int i = 0; i < n; i++) {
            Require.that(Math.abs(a[i * n + i] - 1) <= tolerance, cell(i, i), a[i * n + i], Rule.NOT_RECIPROCAL, "a_ii = 1");
            for (int j = i + 1; j < n; j++) {
                double product = a[i * n + j] * a[j * n + i];
                if (Math.abs(product - 1) > tolerance) {
                    throw new InvalidInputException(cell(j, i), a[j * n + i], Rule.NOT_RECIPROCAL,
                            "a_" + j + i + " · a_" + i + j + " = 1 within " + tolerance + " (a_" + i + j + " = " + a[i * n + j] + ")");
                }
            }
        }
        return new PairwiseMatrix(n, a);
    }

    /**
     * Builds the matrix from its upper triangle: a_ij for i &lt; j, listed row by row
     * (a_12, a_13, …, a_1n, a_23, …); the diagonal is 1 and the lower triangle the reciprocals.
     *
     * @param n     the order, 1 ≤ n ≤ {@link #MAX_SIZE}
     * @param upper n(n−1)/2 judgements on the 1–9 scale; not null
     * @return the matrix
     */
    public static PairwiseMatrix fromUpperTriangle(int n, double... upper) {
        Require.atLeast(n, 1, "n");
        Require.withinLimit(n, MAX_SIZE, "n", "split the criteria into a hierarchy (HierarchicalAhp)");
        Require.notNull(upper, "upper");
        Require.size(upper.length, n * (n - 1) / 2, "upper");
        double[][] m = new double[n][n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                double v = judgement(upper[k], "upper[" + k + "]");
                k++;
                m[i][j] = v;
                m[j][i] = 1 / v;
            }
        }
        return of(m, 0);
    }

    /** A judgement on Saaty's scale [1/9, 9], 1/9 typed to 12 digits (0.111111111111) included. */
    private static double judgement(double value, String field) {
        Require.that(Require.finite(value, field) >= MIN_JUDGEMENT - 1e-12 && value <= MAX_JUDGEMENT, field, value,
                Rule.OUT_OF_RANGE, "[1/9, 9]");
        return value;
    }

    /** @return the order n */
    public int size() {
        return n;
    }

    /**
     * @param i row
     * @param j column
     * @return a_ij
     */
    public double get(int i, int j) {
        return a[i * n + j];
    }

    /** @return a row-major copy of the n×n entries, for the primitive kernel */
    public double[] toRowMajor() {
        return a.clone();
    }

    /** @return a_ij for i &lt; j, row by row; the judgements that determine the matrix */
    public double[] upperTriangle() {
        return upper.clone();
    }

    /** Direct access to the upper triangle for hashing in this package; never modified. */
    double[] upperRaw() {
        return upper;
    }

    /** Direct access for the kernel in this package; never modified. */
    double[] rowMajor() {
        return a;
    }

    private static String cell(int i) {
        return "judgements[" + i + "]";
    }

    private static String cell(int i, int j) {
        return "judgements[" + i + "][" + j + "]";
    }
}
