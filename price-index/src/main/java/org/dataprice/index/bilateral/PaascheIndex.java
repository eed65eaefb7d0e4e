package org.dataprice.index.bilateral;

/**
 * 帕氏指数 — the Paasche index: the current-period basket at current over base prices (Paasche 1874; CPI Manual 2004, ¶15.18).
 *
 * <p>Formula: {@code P = Σ p1 q1 / Σ p0 q1}, over the matched products. Dimensionless; equals 1 when prices do not
 * change (identity). Stateless and thread-safe.
 */
public final class PaascheIndex implements BilateralFormula {
    /** The shared instance. */
    public static final PaascheIndex DEFAULT = new PaascheIndex();

    private PaascheIndex() {
    }

    @Override
    public String id() {
        return "paasche";
    }

    @Override
    public String formula() {
        return "P = Σ p1 q1 / Σ p0 q1";
    }

    @Override
    public double index(double[] p0, double[] q0, double[] p1, double[] q1, double[] pb, double[] qb, int n) {
        double a = 0;
        double b = 0;
        for (int i = 0; i < n; i++) {
            a += p1[i] * q1[i];
            b += p0[i] * q1[i];
        }
        return a / b;
    }
}
