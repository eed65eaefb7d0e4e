package org.dataprice.simulation;

import java.util.Arrays;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A correlation matrix R for a Gaussian copula (相关系数矩阵), validated and factorised once:
 * R = L·Lᵀ with L lower triangular (Cholesky), so that w = L·z turns independent standard normals z
 * into standard normals w with correlation R.
 *
 * <p>Rules, each rejected with {@link InvalidInputException} on field {@code correlation} (or
 * {@code correlation[i][j]} for one entry):
 * <ul>
 *   <li>square, 1 to {@link #MAX_SIZE} rows ({@link Rule#SIZE_MISMATCH}, {@link Rule#EMPTY});</li>
 *   <li>finite entries in [−1, 1] ({@link Rule#OUT_OF_RANGE});</li>
 *   <li>symmetric: r<sub>ij</sub> = r<sub>ji</sub> exactly ({@link Rule#NOT_SYMMETRIC});</li>
 *   <li>unit diagonal: r<sub>ii</sub> = 1 exactly ({@link Rule#NOT_UNIT_DIAGONAL});</li>
 *   <li>positive semi-definite ({@link Rule#NOT_POSITIVE_SEMIDEFINITE}).</li>
 * </ul>
 *
 * <p>Algorithm: a semi-definite Cholesky (Higham, <i>Accuracy and Stability of Numerical
 * Algorithms</i>, 2nd ed. 2002, §10.3). For column j, d = r<sub>jj</sub> − Σ<sub>k&lt;j</sub>
 * L<sub>jk</sub>²; d &lt; −ε rejects the matrix; |d| ≤ ε makes column j zero, which is allowed only
 * when the rest of the column's residuals are within ε too (otherwise the matrix is indefinite);
 * otherwise L<sub>jj</sub> = √d and L<sub>ij</sub> = (r<sub>ij</sub> − Σ L<sub>ik</sub>L<sub>jk</sub>)/L<sub>jj</sub>.
 * ε = {@value #TOLERANCE}·n. Singular matrices (perfectly correlated inputs) are therefore accepted.
 *
 * <p>Immutable and thread-safe.
 */
public final class CorrelationMatrix {
    /** The largest dimension accepted. */
    public static final int MAX_SIZE = 200;
    /** The per-dimension tolerance on pivots of the semi-definite Cholesky factorisation. */
    public static final double TOLERANCE = 1e-10;

    private static final String FIELD = "correlation";

    private final double[][] entries;
    private final double[] lower; // packed row-major lower triangle of L

    private CorrelationMatrix(double[][] entries, double[] lower) {
        this.entries = entries;
        this.lower = lower;
    }

    /**
     * Validates and factorises a correlation matrix.
     *
     * @param matrix the entries, row by row; square, symmetric, unit diagonal, entries in [−1, 1],
     *               positive semi-definite; not null; copied
     * @return the matrix
     */
    public static CorrelationMatrix of(double[][] matrix) {
        Require.notNull(matrix, FIELD);
        int n = matrix.length;
        Require.that(n > 0, FIELD, "[]", Rule.EMPTY);
        Require.withinLimit(n, MAX_SIZE, FIELD, "");
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            Require.notNull(matrix[i], FIELD + "[" + i + "]");
            Require.size(matrix[i].length, n, FIELD + "[" + i + "]");
            copy[i] = matrix[i].clone();
            for (int j = 0; j < n; j++) {
                Require.inClosedRange(copy[i][j], -1, 1, entry(i, j));
            }
        }
        for (int i = 0; i < n; i++) {
            Require.that(copy[i][i] == 1.0, entry(i, i), copy[i][i], Rule.NOT_UNIT_DIAGONAL, entry(i, i) + " is not 1");
            for (int j = 0; j < i; j++) {
                Require.that(copy[i][j] == copy[j][i], FIELD, Arrays.deepToString(copy), Rule.NOT_SYMMETRIC,
                        entry(i, j) + " = " + copy[i][j] + " but " + entry(j, i) + " = " + copy[j][i]);
            }
        }
        return new CorrelationMatrix(copy, cholesky(copy));
    }

    /**
     * @param n the dimension, 1 to {@link #MAX_SIZE}
     * @return the n×n identity (independent inputs)
     */
    public static CorrelationMatrix identity(int n) {
        Require.atLeast(n, 1, "n");
        Require.withinLimit(n, MAX_SIZE, "n", "");
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return of(m);
    }

    /** @return the dimension n */
    public int size() {
        return entries.length;
    }

    /**
     * @param i row, 0-based
     * @param j column, 0-based
     * @return r<sub>ij</sub>
     */
    public double get(int i, int j) {
        return entries[i][j];
    }

    /** @return a copy of the entries */
    public double[][] toArray() {
        double[][] out = new double[entries.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = entries[i].clone();
        }
        return out;
    }

    /**
     * @param i row, 0-based
     * @param j column, 0-based, ≤ i
     * @return L<sub>ij</sub> of the Cholesky factor
     */
    public double choleskyFactor(int i, int j) {
        return j > i ? 0 : lower[i * (i + 1) / 2 + j];
    }

    /**
     * The primitive kernel: w = L·z, correlating independent standard normals.
     *
     * @param z independent standard normals, length n; not modified
     * @param w receives the correlated standard normals, length n
     */
    public void correlate(double[] z, double[] w) {
        int n = entries.length;
        int k = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j <= i; j++) {
                s += lower[k++] * z[j]; // w_i = Σ_{j≤i} L_ij z_j
            }
            w[i] = s;
        }
    }

    /** @return true when the matrix is the identity (no correlation) */
    public boolean isIdentity() {
        for (int i = 0; i < entries.length; i++) {
            for (int j = 0; j < i; j++) {
                if (entries[i][j] != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[] cholesky(double[][] r) {
        int n = r.length;
        double eps = TOLERANCE * n;
        double[] l = new double[n * (n + 1) / 2];
        for (int j = 0; j < n; j++) {
            int rowJ = j * (j + 1) / 2;
            double d = r[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[rowJ + k] * l[rowJ + k];
            }
            if (d < -eps) {
                throw notPsd(r, "pivot " + j + " is " + d);
            }
            double ljj = d > eps ? Math.sqrt(d) : 0;
            l[rowJ + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                int rowI = i * (i + 1) / 2;
                double s = r[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[rowI + k] * l[rowJ + k];
                }
                if (ljj == 0) {
                    if (Math.abs(s) > Math.sqrt(eps)) {
                        throw notPsd(r, "column " + j + " is singular but residual at row " + i + " is " + s);
                    }
                    l[rowI + j] = 0;
                } else {
                    l[rowI + j] = s / ljj;
                }
            }
        }
        return l;
    }

    private static InvalidInputException notPsd(double[][] r, String detail) {
        return new InvalidInputException(FIELD, Arrays.deepToString(r), Rule.NOT_POSITIVE_SEMIDEFINITE, detail);
    }

    private static String entry(int i, int j) {
        return FIELD + "[" + i + "][" + j + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorrelationMatrix m && Arrays.deepEquals(m.entries, entries);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(entries);
    }

    @Override
    public String toString() {
        return "CorrelationMatrix" + Arrays.deepToString(entries);
    }
}
