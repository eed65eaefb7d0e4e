package org.dataprice.index.bilateral;

/**
 * 费雪指数 — the Fisher ideal index: the geometric mean of Laspeyres and Paasche (Fisher 1922; CPI Manual 2004, ¶15.23).
 *
 * <p>Formula: {@code P = sqrt(Σ p1 q0 / Σ p0 q0 × Σ p1 q1 / Σ p0 q1)}, over the matched products. Dimensionless; equals 1 when prices do not
 * change (identity). Stateless and thread-safe.
 */
public final class FisherIndex implements BilateralFormula {
    /** The shared instance. */
    public static final FisherIndex DEFAULT = new FisherIndex();

    private FisherIndex() {
    }

    @Override
    public String id() {
        return "fisher";
    }

    @Override
    public String formula() {
        return "P = sqrt(Σ p1 q0 / Σ p0 q0 × Σ p1 q1 / Σ p0 q1)";
    }

    @Override
    public double index(double[] p0, double[] q0, double[] p1, double[] q1, double[] pb, double[] qb, int n) {
        double l1 = 0;
        double l0 = 0;
        double pa1 = 0;
        double pa0 = 0;
        for (int i = 0; i < n; i++) {
            l1 += p1[i] * q0[i];
            l0 += p0[i] * q0[i];
            pa1 += p1[i] * q1[i];
            pa0 += p0[i] * q1[i];
        }
        return Math.sqrt(l1 / l0 * (pa1 / pa0));
    }
}
