package org.dataprice.index.bilateral;

import java.time.YearMonth;
import java.util.Optional;

import org.dataprice.error.Require;
import org.dataprice.index.IndexSettings;

/**
 * 洛氏指数 — the Lowe index: a fixed basket from a weight period b, priced in the current and the base
 * period (Lowe 1823; CPI Manual 2004, ¶15.15 and ch. 15.B).
 *
 * <p>Formula: {@code P = Σ p1 qb / Σ p0 qb}, over products present in periods 0, 1 and b.
 * Dimensionless. Immutable and thread-safe.
 *
 * @param weightPeriod the period whose quantities form the basket; must be a period of the panel
 */
public record LoweIndex(YearMonth weightPeriod) implements BilateralFormula {
    /** Validates. */
    public LoweIndex {
        Require.notNull(weightPeriod, "weightPeriod");
    }

    @Override
    public String id() {
        return "lowe";
    }

    @Override
    public IndexSettings settings() {
        return IndexSettings.of(id()).with("weightPeriod", weightPeriod.toString());
    }

    @Override
    public Optional<YearMonth> weightPeriodIfAny() {
        return Optional.of(weightPeriod);
    }

    @Override
    public String formula() {
        return "P = Σ p1 qb / Σ p0 qb";
    }

    @Override
    public double index(double[] p0, double[] q0, double[] p1, double[] q1, double[] pb, double[] qb, int n) {
        double a = 0;
        double b = 0;
        for (int i = 0; i < n; i++) {
            a += p1[i] * qb[i];
            b += p0[i] * qb[i];
        }
        return a / b;
    }
}
