package org.dataprice.index.bilateral;

import org.dataprice.error.Require;
import org.dataprice.index.IndexSettings;

/**
 * 劳埃德-莫尔顿指数 — the Lloyd–Moulton (CES) index: a constant-elasticity-of-substitution mean of
 * price relatives with base-period expenditure shares (Lloyd 1975, Moulton 1996; CPI Manual 2004,
 * ¶17.61–17.64).
 *
 * <p>Formula: {@code P = [Σ s0 (p1/p0)^(1-σ)]^(1/(1-σ))}, {@code s0 = p0 q0 / Σ p0 q0}; for σ = 1 its
 * limit, the geometric Laspeyres index {@code Π (p1/p0)^s0}. σ = 0 gives Laspeyres.
 * Dimensionless. Immutable and thread-safe.
 *
 * @param sigma the elasticity of substitution σ, in [0, 100]
 */
public record LloydMoultonIndex(double sigma) implements BilateralFormula {
    /** Validates. */
    public LloydMoultonIndex {
        Require.inClosedRange(sigma, 0, 100, "sigma");
    }

    @Override
    public String id() {
        return "lloyd-moulton";
    }

    @Override
    public IndexSettings settings() {
        return IndexSettings.of(id()).with("sigma", Double.toString(sigma));
    }

    @Override
    public String formula() {
        return "P = [Σ s0 (p1/p0)^(1-σ)]^(1/(1-σ))";
    }

    @Override
    public double index(double[] p0, double[] q0, double[] p1, double[] q1, double[] pb, double[] qb, int n) {
        if (sigma == 1) {
            return GeometricLaspeyresIndex.DEFAULT.index(p0, q0, p1, q1, pb, qb, n);
        }
        double e0 = 0;
        double sum = 0;
        double r = 1 - sigma;
        for (int i = 0; i < n; i++) {
            double e = p0[i] * q0[i];
            e0 += e;
            sum += e * Math.pow(p1[i] / p0[i], r);
        }
        return Math.pow(sum / e0, 1 / r);
    }
}
