package org.dataprice.index.bilateral;

/**
 * 几何拉氏指数 — the geometric Laspeyres index: base-period expenditure shares as exponents (CPI Manual 2004, ¶15.83).
 *
 * <p>Formula: {@code P = Π (p1/p0)^s0, s0 = p0 q0 / Σ p0 q0}, over the matched products. Dimensionless; equals 1 when prices do not
 * change (identity). Stateless and thread-safe.
 */
public final class GeometricLaspeyresIndex implements BilateralFormula {
    /** The shared instance. */
    public static final GeometricLaspeyresIndex DEFAULT = new GeometricLaspeyresIndex();

    private GeometricLaspeyresIndex() {
    }

    @Override
    public String id() {
        return "geometric-laspeyres";
    }

    @Override
    public String formula() {
        return "P = Π (p1/p0)^s0, s0 = p0 q0 / Σ p0 q0";
    }

    @Override
    public double index(double[] p0, double[] q0, double[] p1, double[] q1, double[] pb, double[] qb, int n) {
        double e0 = 0;
        for (int i = 0; i < n; i++) {
            e0 += p0[i] * q0[i];
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += p0[i] * q0[i] / e0 * Math.log(p1[i] / p0[i]);
        }
        return Math.exp(sum);
    }
}
