package org.dataprice.index.bilateral;

/**
 * 唐克维斯特指数 — the Törnqvist index: a share-weighted geometric mean of price relatives, shares the mean of both periods' expenditure shares over the matched products (Törnqvist 1936; CPI Manual 2004, ¶15.81).
 *
 * <p>Formula: {@code P = exp Σ ½(s0 + s1) ln(p1/p0), s = p q / Σ p q}, over the matched products. Dimensionless; equals 1 when prices do not
 * change (identity). Stateless and thread-safe.
 */
public final class TornqvistIndex implements BilateralFormula {
    /** The shared instance. */
    public static final TornqvistIndex DEFAULT = new TornqvistIndex();

    private TornqvistIndex() {
    }

    @Override
    public String id() {
        return "tornqvist";
    }

    @Override
    public String formula() {
        return "P = exp Σ ½(s0 + s1) ln(p1/p0), s = p q / Σ p q";
    }

    @Override
    public double index(double[] p0, double[] q0, double[] p1, double[] q1, double[] pb, double[] qb, int n) {
        double e0 = 0;
        double e1 = 0;
        for (int i = 0; i < n; i++) {
            e0 += p0[i] * q0[i];
            e1 += p1[i] * q1[i];
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 0.5 * (p0[i] * q0[i] / e0 + p1[i] * q1[i] / e1) * Math.log(p1[i] / p0[i]);
        }
        return Math.exp(sum);
    }
}
