package org.dataprice.index.bilateral;

/**
 * 拉氏指数 — the Laspeyres index: the base-period basket at current over base prices (Laspeyres 1871; CPI Manual 2004, ¶15.17).
 *
 * <p>Formula: {@code P = Σ p1 q0 / Σ p0 q0}, over the matched products. Dimensionless; equals 1 when prices do not
 * change (identity). Stateless and thread-safe.
 */
public final class LaspeyresIndex implements BilateralFormula {
    /** The shared instance. */
    public static final LaspeyresIndex DEFAULT = new LaspeyresIndex();

    private LaspeyresIndex() {
    }

    @Override
    public String id() {
        return "laspeyres";
    }

    @Override
    public String formula() {
        return "P = Σ p1 q0 / Σ p0 q0";
    }

    @Override
    public double index(double[] p0, double[] q0, double[] p1, double[] q1, double[] pb, double[] qb, int n) {
        double a = 0;
        double b = 0;
        for (int i = 0; i < n; i++) {
            a += p1[i] * q0[i];
            b += p0[i] * q0[i];
        }
        return a / b;
    }
}
