package org.dataprice.index.bilateral;

/**
 * 卡利指数 — the Carli index: the arithmetic mean of price relatives (Carli 1764; CPI Manual 2004, ¶20.27). Fails the time-reversal test; kept for comparison.
 *
 * <p>Formula: {@code P = (1/n) Σ p1/p0}, over the matched products. Dimensionless; equals 1 when prices do not
 * change (identity). Stateless and thread-safe.
 */
public final class CarliIndex implements BilateralFormula {
    /** The shared instance. */
    public static final CarliIndex DEFAULT = new CarliIndex();

    private CarliIndex() {
    }

    @Override
    public String id() {
        return "carli";
    }

    @Override
    public String formula() {
        return "P = (1/n) Σ p1/p0";
    }

    @Override
    public double index(double[] p0, double[] q0, double[] p1, double[] q1, double[] pb, double[] qb, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += p1[i] / p0[i];
        }
        return sum / n;
    }
}
