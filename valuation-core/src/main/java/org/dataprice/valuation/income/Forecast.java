package org.dataprice.valuation.income;

import java.util.List;
import org.dataprice.error.Require;

/**
 * The four ways of forecasting the data asset's income F_t of the CAS 《数据资产评估指导意见》
 * (2023) art. 23(三) and appendix. Each computes F_t for t = 1..{@link #periods()}.
 */
public sealed interface Forecast {
    /** @return the number of forecast periods */
    int periods();

    /**
     * @param t the period, 1-based
     * @return F_t
     */
    double income(int t);

    /** @return the forecast's name and formula, for explanations */
    String formula();

    /**
     * 直接收益预测: F_t = R_t, the income (EBIT) the data asset earns directly.
     *
     * @param income R_t; not null
     */
    record Direct(Amounts income) implements Forecast {
        /** Validates. */
        public Direct {
            Require.notNull(income, "income");
        }

        @Override
        public int periods() {
            return income.size();
        }

        @Override
        public double income(int t) {
            return income.get(t);
        }

        @Override
        public String formula() {
            return "direct: F_t = R_t";
        }
    }

    /**
     * 分成收益预测: F_t = R_t × K, R_t the revenue or profit of the business using the data.
     *
     * @param base  R_t; not null
     * @param share K; not null
     */
    record Share(Amounts base, ShareRate share) implements Forecast {
        /** Validates. */
        public Share {
            Require.notNull(base, "base");
            Require.notNull(share, "share");
        }

        @Override
        public int periods() {
            return base.size();
        }

        @Override
        public double income(int t) {
            return base.get(t) * share.k();
        }

        @Override
        public String formula() {
            return "share: F_t = R_t × K, K = " + share.k() + " (" + share.derivation() + ")";
        }
    }

    /**
     * 超额收益预测 (multi-period excess earnings): F_t = R_t − Σ_i C_ti.
     *
     * @param groupIncome R_t, the income of the asset group including the data; not null
     * @param charges     the contributory asset charges, itemised, each as long as R; copied
     */
    record ExcessEarnings(Amounts groupIncome, List<ContributoryCharge> charges) implements Forecast {
        /** Validates. */
        public ExcessEarnings {
            Require.notNull(groupIncome, "groupIncome");
            charges = Require.copyOf(charges, "charges");
            for (int i = 0; i < charges.size(); i++) {
                Require.size(charges.get(i).charges().size(), groupIncome.size(), "charges[" + i + "].charges");
            }
        }

        @Override
        public int periods() {
            return groupIncome.size();
        }

        @Override
        public double income(int t) {
            double f = groupIncome.get(t);
            for (ContributoryCharge c : charges) {
                f -= c.charges().get(t);
            }
            return f;
        }

        /**
         * @param t the period
         * @return Σ_i C_ti
         */
        public double totalCharge(int t) {
            double s = 0;
            for (ContributoryCharge c : charges) {
                s += c.charges().get(t);
            }
            return s;
        }

        @Override
        public String formula() {
            return "excess earnings: F_t = R_t − Σ_i C_ti";
        }
    }

    /**
     * 增量收益预测 (with and without): after tax.
     *
     * @param withData    revenue (or cost) with the data; not null
     * @param withoutData revenue (or cost) without it, same length; not null
     * @param kind        revenue growth or cost saving; not null
     * @param taxRate     the income-tax rate applied to the increment, in [0, 1)
     */
    record Incremental(Amounts withData, Amounts withoutData, IncrementalKind kind, double taxRate) implements Forecast {
        /** Validates. */
        public Incremental {
            Require.notNull(withData, "withData");
            Require.notNull(withoutData, "withoutData");
            Require.size(withoutData.size(), withData.size(), "withoutData");
            Require.notNull(kind, "kind");
            Require.atLeast(taxRate, 0, "taxRate");
            Require.lessThan(taxRate, 1, "taxRate");
        }

        @Override
        public int periods() {
            return withData.size();
        }

        @Override
        public double income(int t) {
            double increment = kind == IncrementalKind.REVENUE_GROWTH ? withData.get(t) - withoutData.get(t)
                    : withoutData.get(t) - withData.get(t);
            return increment * (1 - taxRate);
        }

        @Override
        public String formula() {
            return kind == IncrementalKind.REVENUE_GROWTH ? "incremental (revenue growth): F_t = (R'_t − R_t) × (1 − tax)"
                    : "incremental (cost saving): F_t = (C_t − C'_t) × (1 − tax)";
        }
    }
}
