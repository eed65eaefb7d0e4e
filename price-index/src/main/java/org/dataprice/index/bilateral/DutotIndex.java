package org.dataprice.index.bilateral;

/**
 * 杜托指数 — the Dutot index: the ratio of mean prices (Dutot 1738; CPI Manual 2004, ¶20.27).
 *
 * <p>Formula: {@code P = Σ p1 / Σ p0}, over the matched products. Dimensionless; equals 1 when prices do not
 * change (identity). Stateless and thread-safe.
 */
public final class DutotIndex implements BilateralFormula {
    /** The shared instance. */
    public static final DutotIndex DEFAULT = new DutotIndex();

    private DutotIndex() {
    }

    @Override
    public String id() {
        return "dutot";
    }

    @Override
    public String formula() {
        return "P = Σ p1 / Σ p0";
    }

    @Override
    public double index(double[] p0, double[] q0, double[] p1, double[] q1, double[] pb, double[] qb, int n) {
        double a = 0;
        double b = 0;
        for (int i = 0; i < n; i++) {
            a += p1[i];
            b += p0[i];
        }
        return a / b;
    }
}
