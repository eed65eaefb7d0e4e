package org.dataprice.index.bilateral;

/**
 * 沃尔什指数 — the Walsh index: a basket of geometric-mean quantities (Walsh 1901; CPI Manual 2004, ¶15.24).
 *
 * <p>Formula: {@code P = Σ p1 sqrt(q0 q1) / Σ p0 sqrt(q0 q1)}, over the matched products. Dimensionless; equals 1 when prices do not
 * change (identity). Stateless and thread-safe.
 */
public final class WalshIndex implements BilateralFormula {
    /** The shared instance. */
    public static final WalshIndex DEFAULT = new WalshIndex();

    private WalshIndex() {
    }

    @Override
    public String id() {
        return "walsh";
    }

    @Override
    public String formula() {
        return "P = Σ p1 sqrt(q0 q1) / Σ p0 sqrt(q0 q1)";
    }

    @Override
    public double index(double[] p0, double[] q0, double[] p1, double[] q1, double[] pb, double[] qb, int n) {
        double a = 0;
        double b = 0;
        for (int i = 0; i < n; i++) {
            double w = Math.sqrt(q0[i] * q1[i]);
            a += p1[i] * w;
            b += p0[i] * w;
        }
        return a / b;
    }
}
