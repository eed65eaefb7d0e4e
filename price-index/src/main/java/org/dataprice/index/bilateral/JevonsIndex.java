package org.dataprice.index.bilateral;

/**
 * 杰文斯指数 — the Jevons index: the geometric mean of price relatives (Jevons 1865; CPI Manual 2004, ¶20.27).
 *
 * <p>Formula: {@code P = Π (p1/p0)^(1/n)}, over the matched products. Dimensionless; equals 1 when prices do not
 * change (identity). Stateless and thread-safe.
 */
public final class JevonsIndex implements BilateralFormula {
    /** The shared instance. */
    public static final JevonsIndex DEFAULT = new JevonsIndex();

    private JevonsIndex() {
    }

    @Override
    public String id() {
        return "jevons";
    }

    @Override
    public String formula() {
        return "P = Π (p1/p0)^(1/n)";
    }

    @Override
    public double index(double[] p0, double[] q0, double[] p1, double[] q1, double[] pb, double[] qb, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.log(p1[i] / p0[i]);
        }
        return Math.exp(sum / n);
    }
}
