package org.dataprice.quality;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The membership matrix R of a fuzzy comprehensive evaluation (模糊关系矩阵): r_ij ∈ [0, 1] is
 * factor i's membership in grade j (e.g. the share of experts voting grade j), each row summing to 1
 * within {@link #ROW_TOLERANCE}. Immutable; at most {@link #MAX_CELLS} cells.
 */
public final class MembershipMatrix {
    /** Tolerance on |Σ_j r_ij − 1|. */
    public static final double ROW_TOLERANCE = 1e-6;
    /** The largest matrix accepted. */
    public static final int MAX_CELLS = 1_000_000;

    private final int factors;
    private final int grades;
    private final double[] r;

    private MembershipMatrix(int factors, int grades, double[] r) {
        this.factors = factors;
        this.grades = grades;
        this.r = r;
    }

    /**
     * @param memberships rows = factors, columns = grades; not null, not empty, rectangular; copied
     * @return the matrix
     */
    public static MembershipMatrix of(double[][] memberships) {
        Require.notNull(memberships, "memberships");
        int m = memberships.length;
        Require.that(m > 0, "memberships", "[]", Rule.EMPTY);
        Require.notNull(memberships[0], "memberships[0]");
        int g = memberships[0].length;
        Require.that(g > 0, "memberships[0]", "[]", Rule.EMPTY);
        Require.withinLimit((long) m * g, MAX_CELLS, "memberships", "");
        double[] r = new double[m * g];
        for (int i = 0; i < m; i++) {
            Require.notNull(memberships[i], "memberships[" + i + "]");
            Require.size(memberships[i].length, g, "memberships[" + i + "]");
            double sum = 0;
            for (int j = 0; j < g; j++) {
                sum += r[i * g + j] = Require.probability(memberships[i][j], "memberships[" + i + "][" + j + "]");
            }
            Require.that(Math.abs(sum - 1) <= ROW_TOLERANCE, "memberships[" + i + "]", sum, Rule.SUM_MISMATCH, 1);
        }
        return new MembershipMatrix(m, g, r);
    }

    /** @return the number of factors (rows) */
    public int factors() {
        return factors;
    }

    /** @return the number of grades (columns) */
    public int grades() {
        return grades;
    }

    /**
     * @param i factor
     * @param j grade
     * @return r_ij
     */
    public double get(int i, int j) {
        return r[i * grades + j];
    }

    /** @return a row-major copy */
    public double[] toRowMajor() {
        return r.clone();
    }
}
