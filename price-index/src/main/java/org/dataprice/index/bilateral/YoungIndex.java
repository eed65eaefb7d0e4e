package org.dataprice.index.bilateral;

import java.time.YearMonth;
import java.util.Optional;

import org.dataprice.error.Require;
import org.dataprice.index.IndexSettings;

/**
 * 杨氏指数 — the Young index: price relatives averaged arithmetically with the expenditure shares of a
 * weight period b (Young 1812; CPI Manual 2004, ¶15.47).
 *
 * <p>Formula: {@code P = Σ sb (p1/p0), sb = pb qb / Σ pb qb}, over products present in periods 0, 1 and b.
 * Dimensionless. Immutable and thread-safe.
 *
 * @param weightPeriod the period whose expenditure shares weight the relatives; must be a period of the panel
 */
public record YoungIndex(YearMonth weightPeriod) implements BilateralFormula {
    /** Validates. */
    public YoungIndex {
        Require.notNull(weightPeriod, "weightPeriod");
    }

    @Override
    public String id() {
        return "young";
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
        return "P = Σ sb (p1/p0), sb = pb qb / Σ pb qb";
    }

    @Override
    public double index(double[] p0, double[] q0, double[] p1, double[] q1, double[] pb, double[] qb, int n) {
        double eb = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = pb[i] * qb[i];
            eb += e;
            sum += e * (p1[i] / p0[i]);
        }
        return sum / eb;
    }
}
